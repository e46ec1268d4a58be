import 'server-only';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Client, Pool } from 'pg';
import { ConfigError, env } from '@/lib/env';
import { markDatabaseFailure } from '@/lib/server/failure-signal';
import * as schema from './schema';

export type Database = NodePgDatabase<typeof schema>;
export type Connection = { db: Database; pool: Pool };

/**
 * A pg client that reports failed connections, so the HTTP server can answer "temporarily
 * unavailable" from the very first failed request instead of waiting for its health check.
 */
type ConnectCallback = ((err: Error) => void) | ((err: null, c: Client) => void);

class ReportingClient extends Client {
  override connect(): Promise<Client>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<Client> | void {
    if (callback) {
      return super.connect(((err: Error | null, c?: Client) => {
        if (err) markDatabaseFailure();
        (callback as (e: Error | null, c?: Client) => void)(err, c);
      }) as ConnectCallback);
    }
    return super.connect().catch((err: unknown) => {
      markDatabaseFailure();
      throw err;
    });
  }
}

/** Opens a pool with the configured limits. Callers other than the app (tests, scripts) close it themselves. */
export function connect(url: string, options: { max?: number } = {}): Connection {
  const { pool: limits } = env();
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? limits.max,
    connectionTimeoutMillis: limits.connectionTimeoutMillis,
    idleTimeoutMillis: 30_000,
    statement_timeout: limits.statementTimeoutMillis,
    application_name: 'northgate-chronicle',
    Client: ReportingClient,
  });
  // An idle client losing its server emits 'error' on the pool; without a listener Node would crash the app.
  pool.on('error', (error) => {
    markDatabaseFailure();
    console.error(`[db] idle connection error: ${error.message}`);
  });
  return { db: drizzle(pool, { schema, casing: 'snake_case' }), pool };
}

const globalForDb = globalThis as typeof globalThis & { __northgateDb?: Connection };

/** The app's single pool, shared across hot reloads and route bundles through globalThis. */
export function connection(): Connection {
  if (!globalForDb.__northgateDb) {
    const url = env().databaseUrl;
    if (!url) {
      throw new ConfigError(
        'DATABASE_URL is not set. Start the portal with `npm start`, which provides the embedded database, or set DATABASE_URL.',
      );
    }
    globalForDb.__northgateDb = connect(url);
  }
  return globalForDb.__northgateDb;
}

export function db(): Database {
  return connection().db;
}

export async function closeConnection(): Promise<void> {
  const current = globalForDb.__northgateDb;
  globalForDb.__northgateDb = undefined;
  await current?.pool.end();
}
