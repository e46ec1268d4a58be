const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The branded page readers get while the database is unreachable and the page they asked for is
 * not in the cache. Self-contained (inline styles, no scripts) so it renders with nothing else up.
 */
export function outagePage(siteName: string): string {
  const name = escape(siteName);
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Temporarily unavailable | ${name}</title><style>body{margin:0;font-family:system-ui,sans-serif;background:#fff;color:#161616}@media(prefers-color-scheme:dark){body{background:#121212;color:#ececec}a{color:#ff8095}}header{border-bottom:1px solid #dedbd5;padding:1rem}header a{font:700 1.5rem Georgia,serif;color:inherit;text-decoration:none}main{max-width:36rem;margin:0 auto;padding:4rem 1rem;text-align:center}p.k{color:#a8112a;font-weight:600;text-transform:uppercase;font-size:.85rem;letter-spacing:.05em}h1{font:700 2.2rem Georgia,serif;margin:.5rem 0}a{color:#a8112a;font-weight:600}</style></head><body><header><a href="/">${name}</a></header><main id="main"><p class="k">Temporarily unavailable</p><h1>This page can’t be shown right now</h1><p>Something on our side is not responding. Your connection is fine; please try again in a minute.</p><p><a href="/">Go to the homepage</a></p></main></body></html>`;
}

export const OUTAGE_JSON = JSON.stringify({ error: 'The database is temporarily unavailable. Try again shortly.' });
