import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PGlite's data folder may only be opened by one process at a time; a second writer corrupts it.
 * A pid lock turns that mistake into a clear message instead.
 */
function takeLock(lockFile: string) {
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
      throw new Error(
        `The embedded database in ${path.dirname(lockFile)} is already in use by process ${pid}. ` +
          'Stop the other `npm start`/`npm run build`, or set DATABASE_URL to use a PostgreSQL server.',
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
}

/** Starts the embedded PostgreSQL (PGlite) in a child process and returns a pg connection URL for it. */
export async function startEmbeddedDatabase(dataDir: string, port = 0): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'pglite.lock');
  takeLock(lockFile);

  const child: ChildProcess = fork(path.join(process.cwd(), 'lib/embedded-db/child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, EMBEDDED_PGDATA: path.join(dataDir, 'pgdata'), EMBEDDED_PGPORT: String(port) },
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

  let stopped = false;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (stopped || child.exitCode !== null) {
        stopped = true;
        rmSync(lockFile, { force: true });
        return resolve();
      }
      stopped = true;
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(killTimer);
        rmSync(lockFile, { force: true });
        resolve();
      });
      child.send({ type: 'stop' });
    });

  return { url: `postgres://postgres@127.0.0.1:${readyPort}/postgres`, stop };
}
