// `npm run lighthouse`: Lighthouse 12.2.3 (mobile emulation, the default config) on the homepage,
// an article, a section page and the search page of a production server with the demo content,
// driving the apt-installed Chromium. Prints the four category scores and transferred bytes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { runMigrations } from '@/db/migrate';
import { runScript } from '@/lib/cli/provide-database';
import { startApp, type AppProcess } from '@/lib/testing/app-process';
import { createThrowawayDatabase } from '@/lib/testing/throwaway-db';

type Summary = {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  bytes: Record<'script' | 'stylesheet' | 'document' | 'image' | 'font' | 'total', number>;
  failing: string[];
};

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function audit(url: string, port: number, page: string): Promise<Summary> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const items = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const size = (type: string) => items.find((i) => i.resourceType === type)?.transferSize ?? 0;
  const failing: string[] = [];
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

async function main() {
  const database = await createThrowawayDatabase('lighthouse');
  let app: AppProcess | null = null;
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  try {
    const env = {
      DATABASE_URL: database.url,
      MEDIA_DIR: path.resolve('.data/test-media'),
      AUTH_SECRET: 'lighthouse-secret-not-for-production',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete childEnv.NODE_OPTIONS;
    await runMigrations(database.url);
    await runScript(path.resolve('lib/cli/seed.ts'), [], { ...childEnv, INTERNAL_APP_URL: '' });
    app = await startApp(env);
    const latest = await (await fetch(`${app.url}/latest`)).text();
    const article = /<h2[^>]*><a href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(latest)![1]!;
    const pages: [string, string][] = [
      ['Homepage', '/'],
      ['Article', article],
      ['Section', '/city'],
      ['Search', '/search?q=harbour'],
    ];
    // Warm the cache: Lighthouse should measure what readers get, not the first render.
    for (const [, p] of pages) for (let i = 0; i < 2; i++) await fetch(`${app.url}${p}`);
    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const results: Summary[] = [];
    for (const [name, p] of pages) results.push(await audit(`${app.url}${p}`, chrome.port, name));

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
    await chrome?.kill();
    await app?.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
