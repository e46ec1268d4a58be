/**
 * Public pages are documents: every link is a plain <a>, search is a GET form, and the only
 * behaviour is a few small scripts of our own. Next's App Router cannot render a page without its
 * client runtime (React, the router, the RSC payload inlined as scripts: ~140 kB gzip), so the HTTP
 * server removes it from public HTML on the way out. The rule is an allow-list, not a list of
 * Next's current script shapes: every <script> goes except structured data (JSON-LD, which never
 * runs) and the exact scripts we wrote, so whatever a later Next adds is removed too, and the
 * strict CSP (lib/security/csp.ts) allows exactly what is left.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json["']?/i;
// React's markers for a Suspense boundary whose content arrived later and is moved in by script:
// a page rendered that way is incomplete without JavaScript, which must never happen silently.
const PENDING_BOUNDARY = /<template\s+id="B:|<div\s+hidden\s+id="S:/;

const EMPTY_OUTLET = /<div hidden="">(?:<!--[^>]*-->)*<\/div>/g;

const isScriptPreload = (tag: string) =>
  /\brel\s*=\s*["']?modulepreload/i.test(tag) || (/\brel\s*=\s*["']?preload\b/i.test(tag) && /\bas\s*=\s*["']?script\b/i.test(tag));

export class IncompleteDocumentError extends Error {}

/**
 * `html` without Next's runtime: scripts other than JSON-LD and `ours` (by exact source, as our
 * components render them without attributes), and script preloads, are removed.
 */
export function toPlainHtml(html: string, ours: ReadonlySet<string>): string {
  if (PENDING_BOUNDARY.test(html)) {
    throw new IncompleteDocumentError('the page streamed content that only its scripts would have shown');
  }
  return html
    .replace(SCRIPT, (whole, attributes: string, source: string) => {
      if (JSON_LD.test(attributes)) return whole;
      return attributes.trim() === '' && ours.has(source) ? whole : '';
    })
    .replace(LINK, (tag) => (isScriptPreload(tag) ? '' : tag));
}

/**
 * A fragment (a block many pages share, included by <esi:include>) is rendered by Next as a whole
 * document; what pages include is its body's content.
 */
export function fragmentBody(html: string): string | null {
  const open = /<body\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</body>');
  if (!open || close < open.index) return null;
  // The root layout's (empty) metadata outlet is the document's business, not the fragment's.
  return html.slice(open.index + open[0].length, close).replace(EMPTY_OUTLET, '').trim();
}
