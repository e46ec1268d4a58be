// Prepares what integration and end-to-end tests run against: a throwaway database with the demo
// content, a production build (made without it, as every build is) and the production server on a free port.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runMigrations } from '@/db/migrate';
import { runScript } from '@/runtime/cli/provide-database';
import { freePort, startApp, type AppProcess } from './app-process';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-db';

type TestEnvironment = {
  env: Record<string, string>;
  /** Everything the test server printed, for diagnosing failures. */
  serverLog: () => string;
  teardown: () => Promise<void>;
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`))));
  });
}

export async function prepareTestEnvironment(options: { build: boolean }): Promise<TestEnvironment> {
  const started = Date.now();
  const log = (m: string) => console.log(`[harness] ${m} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  let database: ThrowawayDatabase | null = await createThrowawayDatabase('e2e');
  log(`database ready (${database.kind})`);
  let server: AppProcess | null = null;
  const teardown = async () => {
    if (server) {
      const { code } = await server.stop();
      if (code !== 0) console.error(`[harness] the test server exited with ${code}:\n${server.output().slice(-4000)}`);
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
    };
    const childEnv = { ...process.env, ...env };
    delete childEnv.NODE_OPTIONS;
    await runMigrations(database.url);
    // The server is not up yet, so the seed has no cache to expire.
    await runScript(path.resolve('runtime/cli/seed.ts'), [], { ...childEnv, INTERNAL_APP_URL: '' });
    log('migrated and seeded');
    if (options.build || !existsSync('.next/BUILD_ID')) {
      // `npm run build` as an operator runs it: no database and no secret, which only a running
      // instance is given (the build renders against a private empty database of its own).
      const buildEnv = { ...childEnv };
      delete buildEnv.DATABASE_URL;
      delete buildEnv.AUTH_SECRET;
      await run(process.execPath, ['--import', 'tsx', path.resolve('runtime/cli/build.ts')], buildEnv);
      log('built');
    }
    server = await startApp(env);
    log(`server ready at ${baseUrl}`);
    const running = server;
    return { env, teardown, serverLog: () => running.output() };
  } catch (error) {
    await teardown();
    throw error;
  }
}
