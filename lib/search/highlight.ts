/**
 * ts_headline marks matches with these private-use characters instead of HTML: the snippet is
 * then handled as plain text (React escapes it) and only the marked ranges become <mark>, so no
 * markup from an article can reach the results page through a snippet.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

type Segment = { text: string; marked: boolean };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Snippets come from stored (sanitized) HTML with its tags stripped; entities are turned back into characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Splits a ts_headline result into plain and highlighted runs; stray markers are dropped. */
export function highlightSegments(headline: string): Segment[] {
  const out: Segment[] = [];
  let marked = false;
  for (const part of headline.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) marked = true;
    else if (part === MARK_END) marked = false;
    else if (part) {
      const text = decodeEntities(part).replace(/\s+/g, ' ');
      const prev = out[out.length - 1];
      if (prev && prev.marked === marked) prev.text += text;
      else out.push({ text, marked });
    }
  }
  return out;
}
