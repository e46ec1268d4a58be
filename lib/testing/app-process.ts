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
 * Starts the production server (lib/cli/start.ts, the same entry as `npm start`) from the existing
 * build, with `env` on top of this process's environment, and waits until /api/health answers
 * (or, with `waitFor: 'listening'`, until it answers at all).
 */
export async function startApp(env: Record<string, string>, options: { waitFor?: 'healthy' | 'listening'; timeoutMs?: number } = {}): Promise<AppProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const url = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, INTERNAL_APP_URL: url, SITE_URL: url, HOST: '127.0.0.1', ...env, PORT: String(port), NODE_ENV: 'production' };
  delete childEnv.NODE_OPTIONS;
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('lib/cli/start.ts')], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}:\n${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app did not become ready in time:\n${log}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok || options.waitFor === 'listening') break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    child,
    output: () => log,
    stop: async (signal = 'SIGTERM') => {
      const started = Date.now();
      if (child.exitCode !== null) return { code: child.exitCode, ms: 0 };
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill(signal);
      const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      return { code, ms: Date.now() - started };
    },
  };
}
