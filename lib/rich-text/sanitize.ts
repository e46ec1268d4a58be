import sanitizeHtml from 'sanitize-html';
import { env } from '../env';
import { allowedImageHosts } from '../media/image-hosts';
import { classifyHref } from './safe-href';

/** Images in bodies may only come from our own uploads (or hosts an operator lists), never arbitrary URLs. */
const LOCAL_MEDIA = /^\/media\/[a-z0-9][a-z0-9-]{0,99}\/[a-z0-9][a-z0-9.-]{0,59}$/;

function isAllowedImageSrc(src: string): boolean {
  if (LOCAL_MEDIA.test(src) && !src.includes('..')) return true;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && allowedImageHosts().includes(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** The allow-list; links are judged against `siteOrigin` (what counts as leaving the site). */
const options = (siteOrigin: string): sanitizeHtml.IOptions => ({
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br', 'hr',
    'figure', 'figcaption', 'img', 'cite', 's', 'sub', 'sup', 'code',
  ],
  allowedAttributes: {
    // `rel` is only ever set by the link transform below; sanitize-html re-checks attributes after transforms.
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  // Drop the contents of dangerous elements entirely instead of keeping their text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'],
  disallowedTagsMode: 'discard',
  transformTags: {
    b: 'strong',
    i: 'em',
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => {
      const verdict = classifyHref(attribs.href ?? '', siteOrigin);
      if (!verdict) return { tagName: 'span', attribs: {} };
      return {
        tagName,
        attribs: {
          href: verdict.href,
          ...(attribs.title ? { title: attribs.title } : {}),
          ...(verdict.kind === 'external' ? { rel: 'noopener noreferrer nofollow' } : {}),
        },
      };
    },
    img: (tagName, attribs) => {
      const src = (attribs.src ?? '').trim();
      const out: Record<string, string> = { src, alt: attribs.alt ?? '' };
      for (const dim of ['width', 'height'] as const) {
        const value = attribs[dim];
        if (value && /^\d{1,4}$/.test(value)) out[dim] = value;
      }
      return { tagName, attribs: out };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !isAllowedImageSrc(frame.attribs.src ?? ''),
});

/**
 * The single allow-list for article bodies. Applied on every save and again on every render,
 * so neither a compromised editor nor an old row can put markup on a page that this list forbids.
 */
export function sanitizeBody(html: string, siteOrigin: string = env().siteUrl): string {
  return sanitizeHtml(html, options(siteOrigin)).trim();
}

/** Plain text of a body, for excerpts, word counts and search snippets. */
export function bodyText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption)>/gi, '$& '), {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'noscript', 'template'],
  })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
