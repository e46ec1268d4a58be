// `npm run bench` and `npm run lighthouse` each load both cores (the load generator, Chromium), so
// one running while the other measures corrupts both sets of numbers. Each takes this lock for its
// whole run. It lives in the system's temporary folder, not the work tree, so two checkouts on one
// machine exclude each other too.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LOCK = path.join(os.tmpdir(), 'northgate-chronicle-bench.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws naming the run that holds it; the returned function releases it. */
export function takeMachineLock(name: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, name, started: new Date().toISOString() }));
      closeSync(fd);
      const release = () => {
        try {
          if ((JSON.parse(readFileSync(LOCK, 'utf8')) as { pid: number }).pid === process.pid) unlinkSync(LOCK);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; name?: string; started?: string } = {};
      try {
        holder = JSON.parse(readFileSync(LOCK, 'utf8')) as typeof holder;
      } catch {
        // unreadable: treated as left behind
      }
      if (holder.pid && alive(holder.pid)) {
        throw new Error(`${name} not started: ${holder.name ?? 'another measurement'} (pid ${holder.pid}, since ${holder.started}) is measuring on this machine (${LOCK})`);
      }
      // Left behind by a run that was killed.
      unlinkSync(LOCK);
    }
  }
  throw new Error(`could not take ${LOCK}`);
}
