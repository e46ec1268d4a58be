// `npm run lighthouse`: Lighthouse 12.2.3 with its default config (mobile, simulated throttling) on
// the homepage, an article, a section page and the search page of a production server with the demo
// content, driving the apt-installed Chromium. LIGHTHOUSE_RUNS runs per page (default 5); for each
// page it reports the run Lighthouse's own computeMedianRun picks, the min–max over all runs, and
// every run's benchmarkIndex, since the CPU throttling is relative to this host and a score means
// little without it. LIGHTHOUSE_PAGES=Homepage,Article measures only those pages.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newestArticlePath, startDemoSite } from './demo-site';
import { takeMachineLock } from './machine-lock';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

type RunSummary = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null; speedIndexMs: number | null; ttiMs: number | null };
  bytes: Record<'script' | 'stylesheet' | 'document' | 'image' | 'font' | 'total', number>;
  scriptUncompressed: number;
  scriptRequests: number;
  benchmarkIndex: number;
  runWarnings: string[];
  failing: string[];
};

type PageResult = { page: string; url: string; busyPercentBefore: number; medianRun: number | null; validRuns: number; runs: RunSummary[] };
type AuditOutput = { runsPerPage: number; settings: Record<string, unknown> | null; pages: PageResult[] };

/** Runs bench/lighthouse-audit.mjs in plain Node (see there why not under tsx) and returns its output. */
function runAudits(pages: [string, string][], runs: number): Promise<AuditOutput> {
  return new Promise((resolve, reject) => {
    const input = JSON.stringify({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', runs, pages });
    const child = spawn(process.execPath, [path.resolve('bench/lighthouse-audit.mjs'), input], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`Lighthouse exited with ${code}`));
      try {
        resolve(JSON.parse(out) as AuditOutput);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

function range(values: (number | null)[]): { min: number | null; max: number | null } {
  const v = values.filter((x): x is number => x !== null);
  return v.length ? { min: Math.min(...v), max: Math.max(...v) } : { min: null, max: null };
}

function report(p: PageResult) {
  const median = p.medianRun === null ? null : p.runs[p.medianRun]!;
  const over = <T extends number | null>(pick: (r: RunSummary) => T) => ({ median: median ? pick(median) : null, ...range(p.runs.map(pick)) });
  return {
    page: p.page,
    url: p.url,
    runs: p.runs.length,
    validRuns: p.validRuns,
    medianRun: p.medianRun,
    busyPercentBefore: p.busyPercentBefore,
    benchmarkIndex: p.runs.map((r) => r.benchmarkIndex),
    performance: over((r) => r.performance),
    accessibility: over((r) => r.accessibility),
    bestPractices: over((r) => r.bestPractices),
    seo: over((r) => r.seo),
    tbtMs: over((r) => r.metrics.tbtMs),
    lcpMs: over((r) => r.metrics.lcpMs),
    cls: over((r) => r.metrics.cls),
    fcpMs: over((r) => r.metrics.fcpMs),
    ttiMs: over((r) => r.metrics.ttiMs),
    scriptTransferBytes: over((r) => r.bytes.script),
    bytes: median?.bytes ?? null,
    scriptUncompressedBytes: median?.scriptUncompressed ?? null,
    runWarnings: [...new Set(p.runs.flatMap((r) => r.runWarnings))],
    failing: median?.failing ?? [],
    allRuns: p.runs,
  };
}

async function main() {
  const release = takeMachineLock('npm run lighthouse');
  // Lighthouse measures the build that is there; `npm run bench` or `npm run build` makes one.
  const site = await startDemoSite('lighthouse', { build: false });
  const { app } = site;
  try {
    const article = await newestArticlePath(app.url);
    const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const pages = (
      [
        ['Homepage', '/'],
        ['Article', article],
        ['Section', '/city'],
        ['Search', '/search?q=harbour'],
      ] as [string, string][]
    ).filter(([name]) => !only?.length || only.includes(name.toLowerCase()));
    const output = await runAudits(
      pages.map(([name, p]) => [name, `${app.url}${p}`]),
      RUNS,
    );
    const results = output.pages.map(report);

    const kb = (n: number | null) => (n === null ? '–' : `${(n / 1024).toFixed(1)} kB`);
    const spread = (v: { median: number | null; min: number | null; max: number | null }, format: (n: number) => string = String) => {
      if (v.median === null || v.min === null || v.max === null) return '–';
      return format(v.min) === format(v.max) ? format(v.median) : `${format(v.median)} (${format(v.min)}–${format(v.max)})`;
    };
    const ms = (n: number) => `${Math.round(n)} ms`;
    console.log(`\nLighthouse ${output.settings?.lighthouseVersion ?? ''}, ${output.settings?.formFactor ?? ''}, ${output.settings?.throttlingMethod ?? ''} throttling (default), ${output.runsPerPage} runs per page: the median run (computeMedianRun), min–max over the runs in brackets.\n`);
    // Next compresses with gzip only, so the transfer size is the gzipped JS.
    console.log('| Page | Performance | Accessibility | Best Practices | SEO | JS (gzip, transferred) | TBT | LCP | CLS | benchmarkIndex (each run) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of results) {
      console.log(
        `| ${r.page} | ${spread(r.performance)} | ${spread(r.accessibility)} | ${spread(r.bestPractices)} | ${spread(r.seo)} | ${kb(r.scriptTransferBytes.median)} | ${spread(r.tbtMs, ms)} | ${spread(r.lcpMs, ms)} | ${spread(r.cls, (n) => n.toFixed(3))} | ${r.benchmarkIndex.map(Math.round).join(', ')} |`,
      );
    }
    for (const r of results) {
      if (r.validRuns < r.runs) console.log(`\n${r.page}: only ${r.validRuns} of ${r.runs} runs had FCP and TTI`);
      if (r.busyPercentBefore > 15) console.log(`\n${r.page}: the machine was ${r.busyPercentBefore}% busy before these runs; not comparable`);
      if (r.runWarnings.length) console.log(`\n${r.page} — Lighthouse warned:\n  ${r.runWarnings.join('\n  ')}`);
      if (r.failing.length) console.log(`\n${r.page} — audits below 100% in the median run:\n  ${r.failing.join('\n  ')}`);
    }
    await writeFile('bench/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), settings: output.settings, runsPerPage: output.runsPerPage, results }, null, 2)}\n`);
  } finally {
    await site.stop();
    release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
