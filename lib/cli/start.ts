// `npm start`: database (embedded unless DATABASE_URL), migrations, then the production server.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expireOverHttp } from '@/lib/cache/expire';
import { TAG } from '@/lib/cache/tags';
import { readEnv, setRuntimeEnv } from '@/lib/env';
import { watchDatabase } from '@/lib/server/db-health';
import { startHttpServer } from '@/lib/server/http-server';
import { startScheduler } from '@/lib/server/scheduler';
import { ensureAuthSecret, exitOnError, provideDatabase } from './provide-database';

type GlobalPool = { __northgateDb?: { pool: { end: () => Promise<void> } } };

async function main() {
  const config = readEnv();
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    throw new Error('No production build found. Run `npm run build` first.');
  }
  const database = await provideDatabase(config, { seedIfEmpty: true });
  ensureAuthSecret(config, database.embedded);
  // The app runs in this process but reads its own copy of the configuration (Next bundles
  // lib/env.ts separately): what was decided here reaches it through the environment.
  const internalAppUrl = config.internalAppUrl ?? `http://127.0.0.1:${config.port}`;
  setRuntimeEnv({ DATABASE_URL: database.url, INTERNAL_APP_URL: internalAppUrl, NEXTAUTH_URL: config.nextAuthUrl });

  const health = watchDatabase(database.url);
  let stopScheduler = () => undefined as void;
  const server = await startHttpServer({
    port: config.port,
    host: config.host,
    health,
    siteName: config.siteName,
    frontCacheBytes: config.frontCacheBytes,
    onShutdown: async () => {
      stopScheduler();
      await health.stop();
      await (globalThis as GlobalPool).__northgateDb?.pool.end().catch(() => undefined);
      await database.stop();
    },
  });
  // Pages cached on disk by an earlier run or prerendered by the build may predate changes made
  // while this server was down (scripts, another build's database): start from fresh renders.
  await expireOverHttp([TAG.all]);
  stopScheduler = startScheduler(internalAppUrl);
  console.log(`[http] The Northgate Chronicle is ready on ${server.url} (site URL ${config.siteUrl})`);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      const force = setTimeout(() => process.exit(1), 10_000);
      force.unref();
      server.shutdown(signal).then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch(exitOnError);
