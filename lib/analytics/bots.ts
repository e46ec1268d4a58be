/**
 * Crawlers, link previewers, monitors and HTTP libraries: their fetches are not readers. A missing
 * user agent, or one naming no product/version, counts as a bot (browsers always send one). Substrings, case-insensitive, kept short
 * on purpose: the generic words ("bot", "crawl", "spider") catch most of what the named ones miss.
 */
const BOT_WORDS = [
  'bot',
  'crawl',
  'spider',
  'slurp',
  'scrap',
  'fetch',
  'preview',
  'monitor',
  'headless',
  'lighthouse',
  'pagespeed',
  'facebookexternalhit',
  'whatsapp',
  'mediapartners',
  'feedparser',
  'feedly',
  'python',
  'curl',
  'wget',
  'go-http-client',
  'java/',
  'okhttp',
  'axios',
  'node-fetch',
  'undici',
  'libwww',
  'httpclient',
  'phantomjs',
  'pingdom',
  'uptime',
  'k6/',
  'autocannon',
];

const BOT_PATTERN = new RegExp(BOT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

/** Every browser names a product with a version ("Mozilla/5.0 …"); a bare word ("node") is a tool. */
export function isBot(userAgent: string | undefined | null): boolean {
  const ua = (userAgent ?? '').trim();
  return !ua.includes('/') || BOT_PATTERN.test(ua);
}
