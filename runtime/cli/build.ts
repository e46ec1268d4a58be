// `npm run build`: Next prerenders the homepage and crawler files from the database, so the build
// gets one too (the embedded default when DATABASE_URL is unset, seeded on first use).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { childEnv, readEnv } from '@/lib/env';
import { ensureAuthSecret, exitOnError, provideDatabase } from './provide-database';

async function main() {
  const config = readEnv();
  const database = await provideDatabase(config, { seedIfEmpty: true });
  try {
    ensureAuthSecret(config, database.embedded);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [path.join(process.cwd(), 'node_modules/next/dist/bin/next'), 'build'], {
        stdio: 'inherit',
        env: childEnv({ DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1' }),
      });
      child.on('exit', (c) => resolve(c ?? 1));
    });
    if (code !== 0) throw new Error(`next build failed with code ${code}`);
  } finally {
    await database.stop();
  }
}

main().catch(exitOnError);
