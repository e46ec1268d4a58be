/**
 * How a link in an article body is treated, decided the way browsers read hrefs (WHATWG URL
 * parsing), not by how the text looks: "https:\\evil.example", "https:/evil.example" and
 * "http:evil.example" all lead off the site, and "/\t/evil.example" is protocol-relative once the
 * tab is dropped. Null when the link may not be kept at all.
 *
 * `href` is the link in one unambiguous spelling (the parsed URL, or a root-relative path for this
 * site), so every reader - a browser on the page, a feed reader elsewhere - follows it to the same
 * place we judged.
 */
type HrefVerdict = { href: string; kind: 'internal' | 'external' | 'mail' | 'fragment' };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Any base will do for telling whether a root-relative href stays on its origin.
const PLACEHOLDER_ORIGIN = 'https://site.invalid';

export function classifyHref(raw: string, siteOrigin: string = PLACEHOLDER_ORIGIN): HrefVerdict | null {
  const value = raw.trim();
  if (!value) return null;
  if (value.startsWith('#')) return { href: value, kind: 'fragment' };
  let url: URL;
  let site: URL;
  try {
    site = new URL(siteOrigin);
    if (SCHEME.test(value)) {
      // No base: with one, "http:evil.example" would resolve against it on an http site and
      // elsewhere against nothing; read without a base it means what it means everywhere.
      url = new URL(value);
    } else if (value.startsWith('/') || value.startsWith('\\')) {
      url = new URL(value, site);
      // "//host", "/\host" and friends: protocol-relative links are refused, not followed.
      if (url.origin !== site.origin) return null;
      return { href: `${url.pathname}${url.search}${url.hash}`, kind: 'internal' };
    } else {
      return null;
    }
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return { href: url.href, kind: 'mail' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return { href: url.href, kind: url.origin === site.origin ? 'internal' : 'external' };
}

/**
 * Link targets the editor accepts: web and mail links, and paths on this site. The server's
 * sanitizer applies the same rule again on save, so this only spares people a silent removal.
 */
export function isSafeHref(href: string): boolean {
  return classifyHref(href) !== null;
}

/**
 * What a person typed into the link box, as a link: "example.com/page" becomes https://…, an
 * email address becomes mailto:. Null when it cannot be made into a safe link.
 */
export function normaliseHref(typed: string): string | null {
  const value = typed.trim();
  if (!value) return null;
  if (/^[^\s/:@]+@[^\s/:@]+\.[^\s/:@]+$/.test(value)) return `mailto:${value}`;
  const candidate = SCHEME.test(value) || value.startsWith('/') || value.startsWith('#') ? value : `https://${value}`;
  return isSafeHref(candidate) ? candidate : null;
}

/** Inline images in bodies come from the site's own media library. */
export function isLibraryImageSrc(src: string): boolean {
  return /^\/media\/[a-z0-9][a-z0-9-]{0,99}\/[a-z0-9][a-z0-9.-]{0,59}$/.test(src) && !src.includes('..');
}
