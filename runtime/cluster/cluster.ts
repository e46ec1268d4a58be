import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { childEnv, ConfigError, readEnv } from '@/lib/env';
import { startVarnish, type RunningVarnish } from './varnish';

/**
 * Varnish on `port` in front of N production instances of the existing build on port+1 … port+N,
 * all on loopback against one PostgreSQL: what `npm run cluster` runs, and what the cluster tests
 * and the bench start. Each instance gets its own INSTANCE_ID and INTERNAL_APP_URL; all share
 * SITE_URL (the front door), VARNISH_PURGE_URL (Varnish) and TRUST_PROXY (Varnish's
 * X-Forwarded-For and X-Forwarded-Proto are the reader's).
 */

export type Instance = {
  id: string;
  port: number;
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM (graceful) or SIGKILL; resolves once the process is gone. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

export type Cluster = {
  /** The front door (Varnish). */
  url: string;
  varnish: RunningVarnish;
  instances: Instance[];
  /** Stops Varnish and every instance still running; safe to call twice. */
  stop: () => Promise<void>;
};

export type ClusterOptions = {
  port: number;
  instances: number;
  /** The instances' environment on top of this process's (DATABASE_URL and AUTH_SECRET must be in one of them). */
  env: Record<string, string>;
  /** SITE_URL of every instance; the front door on loopback unless given. */
  siteUrl?: string;
  maxTtlSeconds?: number;
  /** Where each line of output goes, prefixed with who printed it; kept in output() either way. */
  onOutput?: (who: string, text: string) => void;
  startTimeoutMs?: number;
  /** Aborting while starting stops whatever has started and rejects. */
  signal?: AbortSignal;
};

/** Whether a TCP port is free on loopback now. */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** What keeps a cluster from starting, as a sentence for the operator; null when it can start. */
export function clusterRefusal(config: { databaseUrl: string | undefined; authSecret: string | undefined }, cwd = process.cwd()): string | null {
  if (!config.databaseUrl) {
    return 'DATABASE_URL is not set. A cluster needs a PostgreSQL server that every instance shares: the embedded database serves one process only. Example: DATABASE_URL=postgres://user:password@127.0.0.1:5432/northgate AUTH_SECRET=… npm run cluster -- --instances 2';
  }
  if (!config.authSecret) {
    return 'AUTH_SECRET is not set. Every instance must sign sessions with the same secret; generate one with `openssl rand -base64 32`.';
  }
  if (!existsSync(path.join(cwd, '.next', 'BUILD_ID'))) return 'No production build found. Run `npm run build` first: every instance runs that one build.';
  return null;
}

function startInstance(index: number, port: number, env: NodeJS.ProcessEnv, onOutput?: (who: string, text: string) => void): Instance {
  const id = `app-${index}`;
  let log = '';
  // Its own process group: a terminal's Ctrl-C reaches only the launcher, which stops the door first.
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('runtime/cli/start.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const collect = (d: Buffer) => {
    log += d.toString();
    onOutput?.(id, d.toString());
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  return {
    id,
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => log,
    stop: async (signal = 'SIGTERM') => {
      if (gone()) return;
      child.kill(signal);
      // The server gives itself 10 s to drain.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise<void>((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
      if (!gone()) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

async function healthy(instance: Instance, deadline: number): Promise<void> {
  const exited = new Promise<void>((r) => instance.child.once('exit', () => r()));
  for (;;) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) {
      throw new Error(`${instance.id} exited (${instance.child.exitCode ?? instance.child.signalCode}) while starting:\n${instance.output().slice(-4000)}`);
    }
    try {
      const res = await fetch(`${instance.url}/api/health`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${instance.id} did not become healthy in time:\n${instance.output().slice(-4000)}`);
    await Promise.race([new Promise((r) => setTimeout(r, 250)), exited]);
  }
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { port } = options;
  if (!Number.isInteger(options.instances) || options.instances < 1) throw new ConfigError('A cluster needs at least one instance');
  const config = readEnv(childEnv(options.env));
  const refusal = clusterRefusal(config);
  if (refusal) throw new ConfigError(refusal);
  const ports = Array.from({ length: options.instances + 1 }, (_, i) => port + i);
  const taken = [];
  for (const p of ports) if (!(await portFree(p))) taken.push(p);
  if (taken.length) throw new ConfigError(`Port ${taken.join(', ')} ${taken.length === 1 ? 'is' : 'are'} in use: the cluster needs ${port} (Varnish) to ${port + options.instances}.`);

  const front = `http://127.0.0.1:${port}`;
  const siteUrl = options.siteUrl ?? `http://localhost:${port}`;
  const instances: Instance[] = [];
  let varnish: RunningVarnish | null = null;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      // The door first, so no reader is sent to an instance that is going away.
      await varnish?.stop();
      await Promise.all(instances.map((i) => i.stop()));
    })());

  const aborted = () => {
    void stop();
  };
  options.signal?.addEventListener('abort', aborted, { once: true });
  try {
    for (let i = 1; i <= options.instances; i++) {
      const instancePort = port + i;
      const url = `http://127.0.0.1:${instancePort}`;
      const env = childEnv({
        ...options.env,
        NODE_ENV: 'production',
        PORT: String(instancePort),
        HOST: '127.0.0.1',
        INSTANCE_ID: `app-${i}`,
        INTERNAL_APP_URL: url,
        SITE_URL: siteUrl,
        NEXTAUTH_URL: options.env.NEXTAUTH_URL ?? siteUrl,
        VARNISH_PURGE_URL: front,
        TRUST_PROXY: '1',
      });
      delete env.NODE_OPTIONS;
      instances.push(startInstance(i, instancePort, env, options.onOutput));
    }
    const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
    await Promise.all(instances.map((i) => healthy(i, deadline)));
    if (options.signal?.aborted) throw new Error('stopped while starting');
    varnish = await startVarnish({
      port,
      backends: instances.map((i) => ({ name: i.id.replace('-', '_'), host: '127.0.0.1', port: i.port })),
      maxTtlSeconds: options.maxTtlSeconds,
      onOutput: (text) => options.onOutput?.('varnish', text),
    });
    if (options.signal?.aborted) throw new Error('stopped while starting');
  } catch (error) {
    await stop();
    // Varnish may have been starting when stop() ran first.
    await varnish?.stop();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', aborted);
  }
  return { url: front, varnish, instances, stop };
}
