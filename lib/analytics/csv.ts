/**
 * A value as a CSV cell (RFC 4180 quoting). A leading = + - @ (or tab/CR) is defused with an
 * apostrophe, so a spreadsheet opening the export never runs a headline as a formula.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvDocument(header: string[], rows: (string | number)[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
