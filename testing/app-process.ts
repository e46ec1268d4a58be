import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export type AppProcess = {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; ms: number }>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the production server (runtime/cli/start.ts, the same entry as `npm start`) from the existing
 * build, with `env` on top of this process's environment, and waits until /api/health answers
 * (or, with `waitFor: 'listening'`, until it answers at all).
 */
export async function startApp(
  env: Record<string, string>,
  options: { waitFor?: 'healthy' | 'listening'; timeoutMs?: number; /** Modules loaded before the server (--import). */ preload?: string[] } = {},
): Promise<AppProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const url = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, INTERNAL_APP_URL: url, SITE_URL: url, HOST: '127.0.0.1', ...env, PORT: String(port), NODE_ENV: 'production' };
  delete childEnv.NODE_OPTIONS;
  let log = '';
  const preload = (options.preload ?? []).flatMap((file) => ['--import', path.resolve(file)]);
  const child = spawn(process.execPath, [...preload, '--import', 'tsx', path.resolve('runtime/cli/start.ts')], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  // Polls the health endpoint until it answers; a start that fails wakes the loop at once.
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}:\n${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app did not become ready in time:\n${log}`);
    }
    try {
      // Bounded, so a server that accepts but never answers cannot hold the loop past its deadline.
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      if (res.ok || options.waitFor === 'listening') break;
    } catch {
      // not listening yet
    }
    await Promise.race([new Promise((r) => setTimeout(r, 250)), exited]);
  }
  return {
    url,
    child,
    output: () => log,
    stop: async (signal = 'SIGTERM') => {
      const started = Date.now();
      if (child.exitCode !== null) return { code: child.exitCode, ms: 0 };
      const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill(signal);
      // The server gives itself 10 s; past a generous bound it is killed and reported as hung (null).
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([exit, new Promise<null>((r) => (timer = setTimeout(() => r(null), 20_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      return { code, ms: Date.now() - started };
    },
  };
}
