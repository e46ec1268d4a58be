// `npm start`: database (embedded unless DATABASE_URL), migrations, then the production server.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expireOverHttp } from '@/lib/cache/expire';
import { TAG } from '@/lib/cache/tags';
import { readEnv } from '@/lib/env';
import { watchDatabase } from '@/lib/server/db-health';
import { startHttpServer } from '@/lib/server/http-server';
import { startRetention } from '@/lib/server/retention';
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
  process.env.DATABASE_URL = database.url;
  const host = process.env.HOST ?? '0.0.0.0';
  // Processes without a request scope (the scheduler's timer) expire cached pages through this.
  process.env.INTERNAL_APP_URL ??= `http://127.0.0.1:${config.port}`;
  // next-auth v4 builds its callback URLs from this.
  process.env.NEXTAUTH_URL ??= config.siteUrl;

  const health = watchDatabase(database.url);
  let stopScheduler = () => undefined as void;
  let stopRetention = () => undefined as void;
  const server = await startHttpServer({
    port: config.port,
    host,
    health,
    siteName: config.siteName,
    onShutdown: async () => {
      stopScheduler();
      stopRetention();
      await health.stop();
      await (globalThis as GlobalPool).__northgateDb?.pool.end().catch(() => undefined);
      await database.stop();
    },
  });
  // Pages cached on disk by an earlier run or prerendered by the build may predate changes made
  // while this server was down (scripts, another build's database): start from fresh renders.
  await expireOverHttp([TAG.all]);
  stopScheduler = startScheduler(process.env.INTERNAL_APP_URL);
  stopRetention = startRetention(process.env.INTERNAL_APP_URL);
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
