import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@/db/migrate';
import { startEmbeddedDatabase } from '@/runtime/embedded-db/start';
import { childEnv, ConfigError, setRuntimeEnv, type Env } from '@/lib/env';
import { UserFacingError } from '@/lib/errors';

type ProvidedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** A child script failed after printing its own explanation; the parent only passes the code on. */
class ScriptFailed extends Error {
  constructor(readonly exitCode: number, file: string) {
    super(`${path.basename(file)} exited with code ${exitCode}`);
  }
}

/** Runs a TypeScript entry under the react-server condition, so modules marked server-only load. */
export function runScript(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', file, ...args], {
      stdio: 'inherit',
      env,
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new ScriptFailed(code ?? 1, file))));
    child.on('error', reject);
  });
}

async function isEmpty(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select count(*)::text as n from articles');
    return rows[0]?.n === '0';
  } finally {
    await client.end();
  }
}

/**
 * AUTH_SECRET signs sessions. Production must set it; the embedded default keeps a generated one
 * under the data folder so sign-ins survive restarts without any setup.
 */
export function ensureAuthSecret(config: Env, embedded: boolean): void {
  if (config.authSecret) {
    setRuntimeEnv({ AUTH_SECRET: config.authSecret });
    return;
  }
  if (!embedded) {
    throw new ConfigError(
      'AUTH_SECRET is not set. It is required when DATABASE_URL points at a PostgreSQL server; generate one with `openssl rand -base64 32`.',
    );
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  setRuntimeEnv({ AUTH_SECRET: readFileSync(file, 'utf8').trim() });
}

/**
 * The database the portal runs on: DATABASE_URL when set, otherwise the embedded PostgreSQL in
 * the data folder. Migrations are applied either way; an empty embedded database gets demo content.
 */
export async function provideDatabase(config: Env, options: { seedIfEmpty: boolean }): Promise<ProvidedDatabase> {
  let url = config.databaseUrl;
  let stop: () => Promise<void> = async () => undefined;
  const embedded = !url;
  if (!url) {
    console.log(`[db] DATABASE_URL not set: using the embedded PostgreSQL in ${config.dataDir}`);
    const started = await startEmbeddedDatabase(config.dataDir);
    url = started.url;
    stop = started.stop;
  }
  try {
    await runMigrations(url);
    if (options.seedIfEmpty && embedded && (await isEmpty(url))) {
      console.log('[db] empty database: loading demo content (first start only)');
      await runScript(path.join(process.cwd(), 'runtime/cli/seed.ts'), [], childEnv({ DATABASE_URL: url }));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, embedded, stop };
}

/** Prints configuration mistakes as one clear message and anything else with its stack, then exits. */
export function exitOnError(error: unknown): never {
  if (error instanceof ScriptFailed) process.exit(error.exitCode);
  if (error instanceof ConfigError || error instanceof UserFacingError) {
    console.error(`\n${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000') {
      console.error(`\nCannot connect to the database given by DATABASE_URL: ${message}\n`);
    } else {
      console.error(error);
    }
  }
  process.exit(1);
}
