/**
 * Text for XML documents (sitemaps). Characters XML 1.0 forbids outright (control characters,
 * lone surrogates, U+FFFE/U+FFFF) are dropped, because one of them in a headline would make the
 * whole file unreadable to crawlers; the five special characters are escaped.
 */
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlSafe(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlEscape(value: string): string {
  return xmlSafe(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** W3C Datetime with seconds and a zone designator, as sitemaps and Google News expect. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
