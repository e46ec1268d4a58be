import { Client, Pool } from 'pg';

/**
 * The PostgreSQL side of the change broadcast between instances (runtime/server/change-broadcast.ts):
 * NOTIFY on one channel, and a listener that keeps a LISTEN open for the life of the process.
 *
 * The listener owns a dedicated connection, never one of the pool's: a pooled connection is handed
 * to other queries and recycled, and LISTEN belongs to a session (through a transaction-pooling
 * PgBouncer it would not work at all). Notifications sent while the connection is down are lost
 * for good, so the caller is told each time LISTEN is in place again and must assume it missed
 * something.
 */
export const CHANGE_CHANNEL = 'northgate_changes';

/** How the listener shows in pg_stat_activity (63 bytes at most, PostgreSQL cuts the rest). */
export function listenerApplicationName(instanceId: string): string {
  return `northgate-listen:${instanceId}`.slice(0, 63);
}

function notifierApplicationName(instanceId: string): string {
  return `northgate-notify:${instanceId}`.slice(0, 63);
}

export type ChangeChannel = {
  /** Resolves true once LISTEN is in place, false if it is not within `timeoutMs` (it keeps trying). */
  listening: (timeoutMs: number) => Promise<boolean>;
  /** Sends the payloads in one statement, so they commit (and arrive) together or not at all. */
  notify: (payloads: readonly string[]) => Promise<void>;
  close: () => Promise<void>;
};

type Log = Pick<Console, 'log' | 'warn' | 'error'>;

export type ChangeChannelOptions = {
  url: string;
  /** INSTANCE_ID, for pg_stat_activity. */
  instanceId: string;
  onNotification: (payload: string) => void;
  /** LISTEN is in place: the first time, or again after the connection was lost. */
  onListening: () => void;
  log?: Log;
  /** Wait before the first reconnect attempt, doubled per failure up to maxMs. */
  backoff?: { initialMs: number; maxMs: number };
  /** How often the idle listener checks its connection (a silently dropped TCP link sends no error). */
  heartbeatMs?: number;
};

const CONNECT_TIMEOUT_MS = 5000;
const QUERY_TIMEOUT_MS = 10_000;

export function openChangeChannel(options: ChangeChannelOptions): ChangeChannel {
  const log = options.log ?? console;
  const backoff = options.backoff ?? { initialMs: 250, maxMs: 10_000 };
  const heartbeatMs = options.heartbeatMs ?? 15_000;

  // Small and separate from the listener, so a change can be sent while the listener reconnects.
  const pool = new Pool({
    connectionString: options.url,
    max: 2,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    application_name: notifierApplicationName(options.instanceId),
  });
  // An idle pooled connection that loses its server emits here; without a listener Node would exit.
  pool.on('error', (error) => log.warn(`[broadcast] idle notify connection lost: ${error.message}`));

  let client: Client | null = null;
  let closed = false;
  let failures = 0;
  /** When the current outage began (null: connected, or never connected yet). */
  let outageSince: number | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let connectedOnce: (() => void) | null = null;
  const firstListen = new Promise<void>((resolve) => (connectedOnce = resolve));

  const lost = (which: Client, error: Error) => {
    if (which !== client) return;
    client = null;
    which.end().catch(() => undefined);
    if (closed) return;
    if (outageSince === null) {
      outageSince = Date.now();
      log.warn(`[broadcast] lost the LISTEN connection (${error.message}); reconnecting. Changes sent meanwhile are lost, so this instance expires every page once it is back.`);
    }
    schedule(backoff.initialMs);
  };

  const connectOnce = async (): Promise<Client> => {
    const candidate = new Client({
      connectionString: options.url,
      application_name: listenerApplicationName(options.instanceId),
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    // Before connect: a failure while connecting emits 'error' too, and an unheard 'error' ends the process.
    candidate.on('error', (error) => lost(candidate, error));
    candidate.on('end', () => lost(candidate, new Error('connection closed')));
    candidate.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload !== undefined) options.onNotification(message.payload);
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${CHANGE_CHANNEL}`);
      return candidate;
    } catch (error) {
      await candidate.end().catch(() => undefined);
      throw error;
    }
  };

  const attempt = async () => {
    retryTimer = null;
    if (closed) return;
    let connected: Client;
    try {
      connected = await connectOnce();
    } catch (error) {
      failures++;
      if (outageSince === null) {
        outageSince = Date.now();
        log.warn(`[broadcast] cannot LISTEN (${(error as Error).message}); retrying with backoff`);
      }
      schedule(Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(failures, 20)));
      return;
    }
    if (closed) {
      await connected.end().catch(() => undefined);
      return;
    }
    client = connected;
    if (outageSince !== null) log.log(`[broadcast] listening again after ${((Date.now() - outageSince) / 1000).toFixed(1)} s (${failures + 1} attempt(s))`);
    outageSince = null;
    failures = 0;
    connectedOnce?.();
    connectedOnce = null;
    options.onListening();
  };

  const schedule = (delayMs: number) => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => void attempt(), delayMs);
    retryTimer.unref();
  };

  heartbeat = setInterval(() => {
    const current = client;
    current?.query('select 1').catch((error: Error) => lost(current, error));
  }, heartbeatMs);
  heartbeat.unref();
  void attempt();

  return {
    listening: (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      return Promise.race([firstListen.then(() => true), timeout]).finally(() => clearTimeout(timer));
    },
    async notify(payloads) {
      if (payloads.length === 0) return;
      await pool.query('select pg_notify($1, p) from unnest($2::text[]) as p', [CHANGE_CHANNEL, payloads]);
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (heartbeat) clearInterval(heartbeat);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}
