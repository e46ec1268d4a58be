// `npm run lighthouse`: Lighthouse 12.2.3 (mobile emulation, the default config) on the homepage,
// an article, a section page and the search page of a production server with the demo content,
// driving the apt-installed Chromium. Prints the four category scores and transferred bytes.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newestArticlePath, startDemoSite } from './demo-site';

type Summary = {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  bytes: Record<'script' | 'stylesheet' | 'document' | 'image' | 'font' | 'total', number>;
  failing: string[];
};

/** Runs bench/lighthouse-audit.mjs in plain Node (see there why not under tsx) and returns its summaries. */
function runAudits(pages: [string, string][]): Promise<Summary[]> {
  return new Promise((resolve, reject) => {
    const input = JSON.stringify({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pages });
    const child = spawn(process.execPath, [path.resolve('bench/lighthouse-audit.mjs'), input], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`Lighthouse exited with ${code}`));
      try {
        resolve(JSON.parse(out) as Summary[]);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

async function main() {
  // Lighthouse measures the build that is there; `npm run bench` or `npm run build` makes one.
  const site = await startDemoSite('lighthouse', { build: false });
  const { app } = site;
  try {
    const article = await newestArticlePath(app.url);
    const pages: [string, string][] = [
      ['Homepage', '/'],
      ['Article', article],
      ['Section', '/city'],
      ['Search', '/search?q=harbour'],
    ];
    // Warm the cache: Lighthouse should measure what readers get, not the first render.
    for (const [, p] of pages) for (let i = 0; i < 2; i++) await fetch(`${app.url}${p}`);
    const base = app.url;
    const results = await runAudits(pages.map(([name, p]) => [name, `${base}${p}`]));

    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.log('\n| Page | Performance | Accessibility | Best Practices | SEO | JS | CSS | HTML | Images |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      console.log(
        `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${kb(r.bytes.script)} | ${kb(r.bytes.stylesheet)} | ${kb(r.bytes.document)} | ${kb(r.bytes.image)} |`,
      );
    }
    for (const r of results) if (r.failing.length) console.log(`\n${r.page} — audits below 100%:\n  ${r.failing.join('\n  ')}`);
    await writeFile('bench/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), lighthouse: '12.2.3', results }, null, 2)}\n`);
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
