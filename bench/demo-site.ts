// What `npm run bench` and `npm run lighthouse` both measure: the production server (built if
// needed) on a fresh throwaway database with the demo content.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runMigrations } from '@/db/migrate';
import { runScript } from '@/runtime/cli/provide-database';
import { startApp, type AppProcess } from '@/testing/app-process';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@/testing/throwaway-db';

type DemoSite = { app: AppProcess; database: ThrowawayDatabase; stop: () => Promise<void> };

function nextBuild(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('runtime/cli/build.ts')], { stdio: 'inherit', env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`))));
  });
}

/**
 * A throwaway database with the demo content, its settings in this process's environment (the
 * bench's own queries and writes run here against it), and a production build if there is none.
 * Returns the environment the servers get.
 */
export async function prepareDemoDatabase(database: ThrowawayDatabase, name: string, options: { build: boolean }): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    DATABASE_URL: database.url,
    MEDIA_DIR: path.resolve('.data/test-media'),
    AUTH_SECRET: process.env.AUTH_SECRET ?? `${name}-secret-not-for-production`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  Object.assign(process.env, env);
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.NODE_OPTIONS;
  await runMigrations(database.url);
  await runScript(path.resolve('runtime/cli/seed.ts'), [], { ...childEnv, INTERNAL_APP_URL: '' });
  if (options.build && !existsSync('.next/BUILD_ID')) await nextBuild(childEnv);
  return env;
}

export async function startDemoSite(name: string, options: { build: boolean }): Promise<DemoSite> {
  const database = await createThrowawayDatabase(name);
  try {
    const env = await prepareDemoDatabase(database, name, options);
    const app = await startApp(env);
    process.env.INTERNAL_APP_URL = app.url;
    return {
      app,
      database,
      stop: async () => {
        await app.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** The path of the newest story, read from the archive page as a reader would find it. */
export async function newestArticlePath(appUrl: string): Promise<string> {
  const latest = await (await fetch(`${appUrl}/latest`)).text();
  const match = /<h2[^>]*><a href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(latest);
  if (!match?.[1]) throw new Error('No story found on /latest');
  return match[1];
}
