// `npm run build`: an artefact, not an installation. The same build runs on every instance, each
// with its own database and secrets from the environment at start, so the build reads neither.
//
// Next 16 prerenders every static route it can (the homepage, /latest, the Latest News fragment,
// the sitemap index, the news sitemap and the site feeds), and without Cache Components a static
// ISR route cannot opt out of that. Those renders read the database, so the build gives them a
// private, empty one (the embedded PostgreSQL in a temporary folder, migrated, no rows) and throws
// it away afterwards. What they render is never served: Next's cache handler refuses every entry
// older than the process asking (runtime/server/next-cache-handler.cjs), so each instance renders
// those routes from its own database on their first request and keeps them until a tag expires.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMigrations } from '@/db/migrate';
import { buildEnv, readEnv } from '@/lib/env';
import { startEmbeddedDatabase } from '@/runtime/embedded-db/start';
import { exitOnError } from './provide-database';

async function main() {
  // Validates what the build does use (ALLOWED_IMAGE_HOSTS goes into the CSP headers, the
  // server-action key and deployment id into the bundles), naming any malformed variable.
  readEnv();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'northgate-build-db-'));
  const database = await startEmbeddedDatabase(dir);
  try {
    await runMigrations(database.url);
    console.log('[build] static routes are prerendered against an empty private database; every instance renders them from its own on first request');
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [path.join(process.cwd(), 'node_modules/next/dist/bin/next'), 'build'], {
        stdio: 'inherit',
        env: buildEnv({ DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1' }),
      });
      child.on('exit', (c) => resolve(c ?? 1));
    });
    if (code !== 0) throw new Error(`next build failed with code ${code}`);
  } finally {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(exitOnError);
