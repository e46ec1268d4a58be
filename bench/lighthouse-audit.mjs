// The Lighthouse half of `npm run lighthouse`, in plain JavaScript on purpose: under tsx every
// function gets esbuild's `__name` helper, and Lighthouse serializes some of its functions into
// the page, where `__name` does not exist ("ReferenceError: __name is not defined").
// Input: argv[2] is JSON { chromePath, pages: [[name, url], ...] }. Output: JSON summaries on stdout.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** @param {string} url @param {number} port @param {string} page */
async function audit(url, port, page) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const items = lhr.audits['resource-summary']?.details?.items ?? [];
  const size = (/** @type {string} */ type) => items.find((i) => i.resourceType === type)?.transferSize ?? 0;
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${id}: ${a.id} (${a.displayValue ?? a.score})`);
    }
  }
  return {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    bytes: { script: size('script'), stylesheet: size('stylesheet'), document: size('document'), image: size('image'), font: size('font'), total: size('total') },
    failing,
  };
}

const input = JSON.parse(process.argv[2] ?? '{}');
const chrome = await chromeLauncher.launch({ chromePath: input.chromePath, chromeFlags: FLAGS });
try {
  const results = [];
  for (const [name, url] of input.pages) {
    // A reader's visit: the page is in the server's caches (the first render is the bench's business).
    for (let i = 0; i < 2; i++) await (await fetch(url)).arrayBuffer();
    results.push(await audit(url, chrome.port, name));
  }
  process.stdout.write(JSON.stringify(results));
} finally {
  await chrome.kill();
}
