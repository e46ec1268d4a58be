// The Lighthouse half of `npm run lighthouse`, in plain JavaScript on purpose: under tsx every
// function gets esbuild's `__name` helper, and Lighthouse serializes some of its functions into
// the page, where `__name` does not exist ("ReferenceError: __name is not defined").
// Input: argv[2] is JSON { chromePath, runs, pages: [[name, url], ...] }. Output: JSON on stdout.
//
// Method (GoogleChrome/lighthouse docs/variability.md): Lighthouse's default config (mobile, simulated
// throttling, 4x CPU slowdown relative to this host), several runs per page, each in a fresh
// Chromium, and the run Lighthouse itself would report as the median (computeMedianRun: closest to
// the median FCP and TTI). A single run, or the best of several, is noise dressed as a number.
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// The host must be idle: Lighthouse's CPU throttling multiplies whatever this machine has spare.
const QUIET_BUSY_PERCENT = 15;
const QUIET_SAMPLE_MS = 2000;
const QUIET_WAIT_MS = 60_000;

/** Share of all cores busy over `ms`, from the kernel's counters. */
async function busyPercent(ms) {
  const total = () => os.cpus().reduce((acc, c) => {
    const t = c.times;
    acc.busy += t.user + t.nice + t.sys + t.irq;
    acc.all += t.user + t.nice + t.sys + t.irq + t.idle;
    return acc;
  }, { busy: 0, all: 0 });
  const a = total();
  await new Promise((r) => setTimeout(r, ms));
  const b = total();
  return b.all > a.all ? Math.round(((b.busy - a.busy) / (b.all - a.all)) * 100) : 0;
}

/** Waits (bounded) for the machine to be idle and says how busy it was when measuring began. */
async function waitForQuiet() {
  const deadline = Date.now() + QUIET_WAIT_MS;
  let busy = await busyPercent(QUIET_SAMPLE_MS);
  while (busy > QUIET_BUSY_PERCENT && Date.now() < deadline) busy = await busyPercent(QUIET_SAMPLE_MS);
  if (busy > QUIET_BUSY_PERCENT) console.error(`[lighthouse] WARNING: the machine is ${busy}% busy with something else; these runs are not comparable`);
  return busy;
}

/** @param {import('lighthouse').Result} lhr */
function summarise(lhr) {
  const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null;
  const items = lhr.audits['resource-summary']?.details?.items ?? [];
  const size = (/** @type {string} */ type) => items.find((i) => i.resourceType === type)?.transferSize ?? 0;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${id}: ${a.id} (${a.displayValue ?? a.score})`);
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
      ttiMs: metric('interactive'),
    },
    // Transfer sizes are the bytes on the wire, i.e. compressed as the server sent them.
    bytes: { script: size('script'), stylesheet: size('stylesheet'), document: size('document'), image: size('image'), font: size('font'), total: size('total') },
    scriptUncompressed: scripts.reduce((n, r) => n + (r.resourceSize ?? 0), 0),
    scriptRequests: scripts.length,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    runWarnings: lhr.runWarnings,
    failing,
  };
}

/** @param {string} url @param {string} chromePath */
async function oneRun(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

const input = JSON.parse(process.argv[2] ?? '{}');
const runs = Math.max(1, Number(input.runs) || 5);
const pages = [];
let settings = null;
for (const [name, url] of input.pages) {
  // A reader's visit: the page is in the server's caches (the first render is the bench's business).
  for (let i = 0; i < 2; i++) await (await fetch(url)).arrayBuffer();
  const busyBefore = await waitForQuiet();
  const lhrs = [];
  for (let i = 0; i < runs; i++) {
    lhrs.push(await oneRun(url, input.chromePath));
    console.error(`[lighthouse] ${name}: run ${i + 1}/${runs}, performance ${Math.round((lhrs[i].categories.performance?.score ?? 0) * 100)}, benchmarkIndex ${lhrs[i].environment.benchmarkIndex}`);
  }
  const valid = filterToValidRuns(lhrs);
  const median = valid.length ? computeMedianRun(valid) : null;
  settings ??= {
    lighthouseVersion: lhrs[0].lighthouseVersion,
    formFactor: lhrs[0].configSettings.formFactor,
    throttlingMethod: lhrs[0].configSettings.throttlingMethod,
    throttling: lhrs[0].configSettings.throttling,
    hostUserAgent: lhrs[0].environment.hostUserAgent,
  };
  pages.push({ page: name, url, busyPercentBefore: busyBefore, medianRun: median ? lhrs.indexOf(median) : null, validRuns: valid.length, runs: lhrs.map(summarise) });
}
process.stdout.write(JSON.stringify({ runsPerPage: runs, settings, pages }));
