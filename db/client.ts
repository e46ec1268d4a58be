import 'server-only';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle, type NodePgDatabase, type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { Client, Pool } from 'pg';
import { ConfigError, env } from '@/lib/env';
import { markDatabaseFailure } from '@/lib/failure-signal';
import { noteReplicaUnreachable, resetReplicaState } from './replica-state';
import * as schema from './schema';

export type Database = NodePgDatabase<typeof schema>;
/** What queries and mutations run on: the pool or a transaction (a nested .transaction() is a savepoint). */
export type Executor = PgDatabase<NodePgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;
export type Connection = { db: Database; pool: Pool };

/**
 * A pg client that reports failed connections, so the HTTP server can answer "temporarily
 * unavailable" from the very first failed request instead of waiting for its health check, and
 * that turns PostgreSQL's JIT off before it is used: JIT compiles any plan whose estimate passes
 * jit_above_cost, and at 100 000 stories the search page's did, spending a second compiling a
 * query that runs in 30 ms. A web app's queries are short; JIT never pays for them. (A SET rather
 * than a startup option, which the embedded PGlite server does not take.)
 */
type ConnectCallback = ((err: Error) => void) | ((err: null, c: Client) => void);

class ReportingClient extends Client {
  protected reportFailure(error: unknown): void {
    void error;
    markDatabaseFailure();
  }

  override connect(): Promise<Client>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<Client> | void {
    const ready = super.connect().then(
      async () => {
        await this.query('set jit = off').catch(() => undefined);
        return this as Client;
      },
      (err: unknown) => {
        this.reportFailure(err);
        throw err;
      },
    );
    if (!callback) return ready;
    const done = callback as (e: Error | null, c?: Client) => void;
    ready.then(
      (c) => done(null, c),
      (err: unknown) => done(err instanceof Error ? err : new Error(String(err))),
    );
  }
}

/**
 * The replica's connections: the same client and settings, but a failure there must not tell the
 * HTTP server the database is down (the primary still answers). It sets the replica aside, so
 * lag-tolerant reads go to the primary until it answers again (db/replica.ts).
 */
class ReplicaClient extends ReportingClient {
  protected override reportFailure(error: unknown): void {
    noteReplicaUnreachable(error);
  }
}

type Role = 'primary' | 'replica';

/** Opens a pool with the configured limits. Callers other than the app (tests, scripts) close it themselves. */
export function connect(url: string, options: { max?: number; role?: Role } = {}): Connection {
  const { pool: limits } = env();
  const replica = options.role === 'replica';
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? limits.max,
    connectionTimeoutMillis: limits.connectionTimeoutMillis,
    idleTimeoutMillis: 30_000,
    statement_timeout: limits.statementTimeoutMillis,
    application_name: 'northgate-chronicle',
    Client: replica ? ReplicaClient : ReportingClient,
  });
  // An idle client losing its server emits 'error' on the pool; without a listener Node would crash the app.
  pool.on('error', (error) => {
    if (replica) noteReplicaUnreachable(error);
    else markDatabaseFailure();
    console.error(`[db] idle ${replica ? 'replica ' : ''}connection error: ${error.message}`);
  });
  return { db: drizzle(pool, { schema, casing: 'snake_case' }), pool };
}

const globalForDb = globalThis as typeof globalThis & { __northgateDb?: Connection; __northgateReplicaDb?: Connection };

/** The app's single pool, shared across hot reloads and route bundles through globalThis. */
export function connection(): Connection {
  if (!globalForDb.__northgateDb) {
    const url = env().databaseUrl;
    if (!url) {
      throw new ConfigError(
        'DATABASE_URL is not set. Start the portal with `npm start` or `npm run dev`, which provide the embedded database, or set DATABASE_URL.',
      );
    }
    globalForDb.__northgateDb = connect(url);
  }
  return globalForDb.__northgateDb;
}

export function db(): Database {
  return connection().db;
}

/**
 * The replica's pool (DATABASE_REPLICA_URL), null when none is configured. Smaller than the
 * primary's: it serves only the reads that tolerate lag, and every instance holds one against the
 * replica's own connection limit.
 */
export function replicaConnection(): Connection | null {
  const { replica, pool } = env();
  if (!replica) return null;
  globalForDb.__northgateReplicaDb ??= connect(replica.url, { max: Math.max(2, Math.ceil(pool.max / 2)), role: 'replica' });
  return globalForDb.__northgateReplicaDb;
}

export async function closeConnection(): Promise<void> {
  const current = globalForDb.__northgateDb;
  const replica = globalForDb.__northgateReplicaDb;
  globalForDb.__northgateDb = undefined;
  globalForDb.__northgateReplicaDb = undefined;
  resetReplicaState();
  await Promise.all([current?.pool.end(), replica?.pool.end()]);
}
