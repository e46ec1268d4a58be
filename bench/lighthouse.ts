// `npm run lighthouse`: Lighthouse 12.2.3 (mobile emulation, the default config) on the homepage,
// an article, a section page and the search page of a production server with the demo content,
// driving the apt-installed Chromium. Prints the four category scores and transferred bytes.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
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
  const database = await createThrowawayDatabase('lighthouse');
  let app: AppProcess | null = null;
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
    await app?.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
