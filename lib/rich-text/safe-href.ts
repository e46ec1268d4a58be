/**
 * Link targets the editor accepts: web and mail links, and paths on this site. The server's
 * sanitizer applies the same rule again on save, so this only spares people a silent removal.
 */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (!value) return false;
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\');
  if (value.startsWith('#')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/**
 * What a person typed into the link box, as a link: "example.com/page" becomes https://…, an
 * email address becomes mailto:. Null when it cannot be made into a safe link.
 */
export function normaliseHref(typed: string): string | null {
  const value = typed.trim();
  if (!value) return null;
  if (/^[^\s/:@]+@[^\s/:@]+\.[^\s/:@]+$/.test(value)) return `mailto:${value}`;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/') || value.startsWith('#') ? value : `https://${value}`;
  return isSafeHref(candidate) ? candidate : null;
}

/** Inline images in bodies come from the site's own media library. */
export function isLibraryImageSrc(src: string): boolean {
  return /^\/media\/[a-z0-9][a-z0-9-]{0,99}\/[a-z0-9][a-z0-9.-]{0,59}$/.test(src) && !src.includes('..');
}
