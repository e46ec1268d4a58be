// A throwaway PostgreSQL primary and a streaming replica made from it with pg_basebackup -R, each
// its own cluster in a temporary folder on a free loopback port. The machine's own cluster is
// never touched. PostgreSQL refuses to run as root, so as root the binaries run as postgres.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, appendFileSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './app-process';
import { waitUntil } from './wait';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export type ReplicatedClusters = {
  primaryUrl: string;
  replicaUrl: string;
  /** Runs one statement on the primary or the replica on a connection of its own. */
  query: <R extends Record<string, unknown>>(on: 'primary' | 'replica', text: string, values?: unknown[]) => Promise<R[]>;
  pauseReplay: () => Promise<void>;
  resumeReplay: () => Promise<void>;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp: (timeoutMs?: number) => Promise<void>;
  logs: () => string;
  stop: () => Promise<void>;
};

function asPostgres(file: string, args: string[], timeoutMs: number): Promise<string> {
  const root = process.getuid?.() === 0;
  const [command, argv] = root ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return new Promise((resolve, reject) => {
    execFile(command, argv, { timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve(stdout);
    });
  });
}

async function runQuery<R>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000, query_timeout: 10_000 });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as R[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startReplicatedClusters(): Promise<ReplicatedClusters> {
  const root = process.getuid?.() === 0;
  const base = mkdtempSync(path.join(os.tmpdir(), 'northgate-replica-'));
  if (root) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(base, id('-u'), id('-g'));
  }
  const primaryDir = path.join(base, 'primary');
  const replicaDir = path.join(base, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const started: string[] = [];

  const stop = async () => {
    // Replica first, so the primary is not left waiting on a walsender; immediate: the data is thrown away.
    for (const dir of [...started].reverse()) {
      await asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', dir, '-m', 'immediate', '-w', '-t', '30', 'stop'], 40_000).catch((e: unknown) => {
        console.error(`[replica-cluster] stopping ${dir} failed`, e);
      });
    }
    started.length = 0;
    rmSync(base, { recursive: true, force: true });
  };

  try {
    await asPostgres(path.join(PG_BIN, 'initdb'), ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], 60_000);
    appendFileSync(
      path.join(primaryDir, 'postgresql.conf'),
      [
        `port = ${primaryPort}`,
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${base}'`,
        'wal_level = replica',
        'max_wal_senders = 4',
        // Throwaway data: durability only costs the shared machine time.
        'fsync = off',
        '',
      ].join('\n'),
    );
    appendFileSync(path.join(primaryDir, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n');
    await asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', primaryDir, '-l', path.join(base, 'primary.log'), '-w', '-t', '60', 'start'], 70_000);
    started.push(primaryDir);

    await asPostgres(
      path.join(PG_BIN, 'pg_basebackup'),
      ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream', '-c', 'fast'],
      120_000,
    );
    // Replay conflicts would cancel a read that the test is making on the replica.
    appendFileSync(path.join(replicaDir, 'postgresql.conf'), `port = ${replicaPort}\nhot_standby = on\nhot_standby_feedback = on\n`);
    await asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', replicaDir, '-l', path.join(base, 'replica.log'), '-w', '-t', '60', 'start'], 70_000);
    started.push(replicaDir);
  } catch (error) {
    await stop();
    throw error;
  }

  const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
  const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`;
  const query = <R extends Record<string, unknown>>(on: 'primary' | 'replica', text: string, values?: unknown[]) =>
    runQuery<R>(on === 'primary' ? primaryUrl : replicaUrl, text, values);
  const replayState = async () => (await query<{ state: string }>('replica', 'select pg_get_wal_replay_pause_state() as state'))[0]!.state;
  return {
    primaryUrl,
    replicaUrl,
    query,
    pauseReplay: async () => {
      await query('replica', 'select pg_wal_replay_pause()');
      // Pausing is requested, then takes effect between records.
      await waitUntil(async () => (await replayState()) === 'paused', { what: 'replay to pause', timeoutMs: 10_000, intervalMs: 20 });
    },
    resumeReplay: async () => {
      await query('replica', 'select pg_wal_replay_resume()');
    },
    caughtUp: async (timeoutMs = 10_000) => {
      const [{ lsn }] = (await query<{ lsn: string }>('primary', 'select pg_current_wal_lsn()::text as lsn')) as [{ lsn: string }];
      await waitUntil(
        async () => (await query<{ ok: boolean }>('replica', 'select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok', [lsn]))[0]!.ok,
        { what: `the replica to replay ${lsn}`, timeoutMs, intervalMs: 20 },
      );
    },
    logs: () =>
      ['primary', 'replica']
        .map((name) => path.join(base, `${name}.log`))
        .filter((file) => existsSync(file))
        .map((file) => `── ${path.basename(file)}\n${readFileSync(file, 'utf8').slice(-3000)}`)
        .join('\n'),
    stop,
  };
}
