// What `npm start` (runtime/cli/start.ts) and `npm run dev` (runtime/cli/dev.ts) share: configuration,
// the database (embedded unless DATABASE_URL, migrated, demo content on an empty embedded one),
// the HTTP server, the scheduler and a shutdown that stops all of them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { everything } from '@/lib/changes/change';
import { onCommitted } from '@/lib/changes/pipeline';
import { ConfigError, readEnv, setRuntimeEnv } from '@/lib/env';
import { watchDatabase } from '@/runtime/server/db-health';
import { startChangeBroadcast, type RunningBroadcast } from '@/runtime/server/change-broadcast';
import { startHttpServer } from '@/runtime/server/http-server';
import { startRetention } from '@/runtime/server/retention';
import { startScheduler } from '@/runtime/server/scheduler';
import { ensureAuthSecret, provideDatabase } from './provide-database';

type GlobalPool = { __northgateDb?: { pool: { end: () => Promise<void> } } };

export async function serve(mode: 'production' | 'development'): Promise<void> {
  const dev = mode === 'development';
  const config = readEnv();
  const buildIdFile = path.join(process.cwd(), '.next', 'BUILD_ID');
  if (!dev && !existsSync(buildIdFile)) {
    throw new Error('No production build found. Run `npm run build` first (or `npm run dev` while developing).');
  }
  // The build's deployment id is in its bundles (next.config.ts); Next would take another one
  // from the environment at start and serve pages whose asset URLs and ids disagree.
  const built = dev ? null : readFileSync(buildIdFile, 'utf8').trim();
  if (built && config.deploymentId && config.deploymentId !== built) {
    throw new ConfigError(
      `NEXT_DEPLOYMENT_ID is "${config.deploymentId}", but this build is "${built}". The deployment id is fixed when building: unset NEXT_DEPLOYMENT_ID for \`npm start\`, or build again with it.`,
    );
  }
  const database = await provideDatabase(config, { seedIfEmpty: true });
  ensureAuthSecret(config, database.embedded);
  // The app runs in this process but reads its own copy of the configuration (Next bundles
  // lib/env.ts separately): what was decided here reaches it through the environment.
  const internalAppUrl = config.internalAppUrl ?? `http://127.0.0.1:${config.port}`;
  setRuntimeEnv({ DATABASE_URL: database.url, INTERNAL_APP_URL: internalAppUrl, NEXTAUTH_URL: config.nextAuthUrl });

  const health = watchDatabase(database.url);
  let stopScheduler = () => undefined as void;
  let stopRetention = () => undefined as void;
  let broadcast: RunningBroadcast | null = null;
  const server = await startHttpServer({
    port: config.port,
    host: config.host,
    health,
    siteName: config.siteName,
    frontCacheBytes: config.frontCacheBytes,
    internalUrl: internalAppUrl,
    instanceId: config.instanceId,
    dev,
    httpCachePurgeUrl: config.varnishPurgeUrl,
    onShutdown: async () => {
      stopScheduler();
      stopRetention();
      // After the drain: a change committed by a request that was still running reaches the others.
      await broadcast?.stop();
      await health.stop();
      await (globalThis as GlobalPool).__northgateDb?.pool.end().catch(() => undefined);
      await database.stop();
    },
  });
  // Other instances on the same database tell this one of their changes (the embedded database
  // has no others). Listening first, so nothing committed after the start-up expiry below is missed.
  if (!database.embedded) broadcast = await startChangeBroadcast({ databaseUrl: database.url, instanceId: config.instanceId });
  // Pages cached on disk by an earlier run or prerendered by the build may predate changes made
  // while this server was down (scripts, another build's database): start from fresh renders.
  // Only this process's: the other instances' pages are as fresh as the broadcast keeps them.
  // Development renders every request anyway.
  if (!dev) await onCommitted(everything('server start', 'process'));
  stopScheduler = startScheduler(internalAppUrl);
  stopRetention = startRetention(internalAppUrl);
  console.log(`[http] The Northgate Chronicle is ready on ${server.url} (site URL ${config.siteUrl})${dev ? ', in development mode: pages compile on first visit' : ''}`);

  // A Ctrl-C often arrives twice: the terminal signals every process of the group, and tsx
  // relays it to its child again. The listener stays, so a repeat cannot kill the server mid-drain
  // (Node's default for a signal nobody listens to); the 10 s limit still ends a stuck shutdown.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return console.log(`[http] ${signal} again: already shutting down`);
    stopping = true;
    setTimeout(() => process.exit(1), 10_000).unref();
    server.shutdown(signal).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
