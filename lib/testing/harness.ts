// Prepares what integration and end-to-end tests run against: a throwaway database with the demo
// content, a production build made from it, and the production server on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { runMigrations } from '@/db/migrate';
import { runScript } from '@/lib/cli/provide-database';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-db';

export type TestEnvironment = {
  env: Record<string, string>;
  teardown: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`))));
  });
}

async function waitForHealthy(url: string, server: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The test server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The test server did not become healthy in time');
}

export async function prepareTestEnvironment(options: { build: boolean }): Promise<TestEnvironment> {
  const started = Date.now();
  const log = (m: string) => console.log(`[harness] ${m} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  let database: ThrowawayDatabase | null = await createThrowawayDatabase('e2e');
  log(`database ready (${database.kind})`);
  let server: ChildProcess | null = null;
  const teardown = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 12_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await database?.drop().catch((e: unknown) => console.error('[harness] dropping the test database failed', e));
    database = null;
  };
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      DATABASE_URL: database.url,
      // Generated images are identical for every run; sharing them saves most of the seed time.
      MEDIA_DIR: path.resolve('.data/test-media'),
      AUTH_SECRET: 'test-secret-for-northgate-chronicle-only',
      SITE_URL: baseUrl,
      PORT: String(port),
      BASE_URL: baseUrl,
      TEST_BASE_URL: baseUrl,
      INTERNAL_APP_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      // Pages that mount single components for end-to-end tests (404 everywhere else).
      NORTHGATE_E2E_FIXTURES: '1',
    };
    const childEnv = { ...process.env, ...env };
    delete childEnv.NODE_OPTIONS;
    await runMigrations(database.url);
    // The server is not up yet, so the seed has no cache to expire.
    await runScript(path.resolve('lib/cli/seed.ts'), [], { ...childEnv, INTERNAL_APP_URL: '' });
    log('migrated and seeded');
    if (options.build || !existsSync('.next/BUILD_ID')) {
      await run(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], childEnv);
      log('built');
    }
    server = spawn(process.execPath, ['--import', 'tsx', path.resolve('lib/cli/start.ts')], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...childEnv, NODE_ENV: 'production' },
    });
    await waitForHealthy(baseUrl, server);
    log(`server ready at ${baseUrl}`);
    return { env, teardown };
  } catch (error) {
    await teardown();
    throw error;
  }
}
