import { createHash } from 'node:crypto';
// Relative import: next.config.ts loads this file, and the @/ alias does not exist there.
import { LOCAL_TIME_SCRIPT, THEME_SCRIPT } from '../theme-script';
import { THEME_TOGGLE_SCRIPT } from '../site-scripts/theme-toggle';
import { allowedImageHosts } from '../media/image-hosts';

const hash = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

/**
 * Our static inline scripts, allowed by hash wherever nonces are used (the staff preview renders
 * the public chrome, theme button included, under the newsroom's policy).
 */
const INLINE_SCRIPT_HASHES = [hash(THEME_SCRIPT), hash(LOCAL_TIME_SCRIPT), hash(THEME_TOGGLE_SCRIPT)].join(' ');

/** Our own images, inline data (tiny placeholders) and the hosts an operator allows in bodies. */
export function imageSources(hosts = allowedImageHosts()): string {
  return ["'self'", 'data:', ...hosts.map((h) => `https://${h}`)].join(' ');
}

/**
 * `npm run dev` only: React's development build rebuilds server call stacks with eval() and breaks
 * without it. Production builds never eval, and this check is compiled away there.
 */
function devEval(): string {
  return process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
}

function join(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => (value ? `${name} ${value}` : name))
    .join('; ');
}

/**
 * Public pages are cached whole and shared by every reader, so they cannot carry a per-request
 * nonce, and Next inlines each page's data as scripts whose content varies per page. The tightest
 * policy that still works: scripts only from this origin or inline (no third-party origin, no
 * eval), nothing embeddable, no <base> hijacking, forms only to this site. What staff write cannot
 * add scripts at all: bodies pass the allow-list sanitizer on save and on render.
 */
export function publicCsp(): string {
  return join({
    'default-src': "'self'",
    'script-src': `'self' 'unsafe-inline'${devEval()}`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': imageSources(),
    'font-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
}

/**
 * The newsroom renders per request, so scripts need this request's nonce (Next adds it to its own
 * scripts) or one of our hashed inline scripts; 'strict-dynamic' lets those load their chunks.
 */
export function dashboardCsp(nonce: string): string {
  return join({
    'default-src': "'self'",
    'script-src': `'self' 'nonce-${nonce}' 'strict-dynamic' ${INLINE_SCRIPT_HASHES}${devEval()}`,
    // Editors (Tiptap) set inline style attributes; styles cannot run code, scripts stay strict.
    'style-src': "'self' 'unsafe-inline'",
    'img-src': `${imageSources()} blob:`,
    'font-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
}
