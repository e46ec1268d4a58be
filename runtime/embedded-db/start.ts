import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** `pid`: the process serving it, null when another command's database is shared. */
type EmbeddedDatabase = { url: string; pid: number | null; stop: () => Promise<void> };

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid holding the data folder, if that process is still alive. */
function lockHolder(lockFile: string): number | null {
  if (!existsSync(lockFile)) return null;
  const pid = Number(readFileSync(lockFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid) ? pid : null;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Starts the embedded PostgreSQL (PGlite) in a child process and returns a pg connection URL for it.
 * PGlite's data folder may only be opened by one process, so when another process (a running
 * `npm start`) already serves it, commands such as user:create connect to that server instead.
 */
export async function startEmbeddedDatabase(dataDir: string, port = 0): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'pglite.lock');
  const portFile = path.join(dataDir, 'pglite.port');
  const holder = lockHolder(lockFile);
  if (holder !== null) {
    const sharedPort = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8').trim()) : NaN;
    if (Number.isInteger(sharedPort) && (await portOpen(sharedPort))) {
      return { url: `postgres://postgres@127.0.0.1:${sharedPort}/postgres`, pid: null, stop: async () => undefined };
    }
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}, which is not serving it yet. ` +
        'Wait for it to finish starting, stop it, or set DATABASE_URL to use a PostgreSQL server.',
    );
  }
  writeFileSync(lockFile, String(process.pid));

  const child: ChildProcess = fork(path.join(process.cwd(), 'runtime/embedded-db/child.ts'), [path.join(dataDir, 'pgdata'), String(port)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  const readyPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The embedded database did not start within 60 seconds')), 60_000);
    child.on('message', (message: { type?: string; port?: number; message?: string }) => {
      if (message.type === 'ready' && message.port) {
        clearTimeout(timer);
        resolve(message.port);
      } else if (message.type === 'error') {
        clearTimeout(timer);
        reject(new Error(`The embedded database failed to start: ${message.message}`));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The embedded database exited during start (code ${code})`));
    });
  });

  writeFileSync(portFile, String(readyPort));
  let stopped = false;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (stopped || child.exitCode !== null) {
        stopped = true;
        rmSync(lockFile, { force: true });
        rmSync(portFile, { force: true });
        return resolve();
      }
      stopped = true;
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(killTimer);
        rmSync(lockFile, { force: true });
        rmSync(portFile, { force: true });
        resolve();
      });
      child.send({ type: 'stop' });
    });

  return { url: `postgres://postgres@127.0.0.1:${readyPort}/postgres`, pid: child.pid ?? null, stop };
}
