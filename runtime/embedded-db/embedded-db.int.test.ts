import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedDatabase } from './start';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the embedded database', () => {
  it('keeps serving through a Ctrl-C until the server that started it has closed its connections, then stops', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'northgate-embedded-'));
    const database = await startEmbeddedDatabase(dir);
    const client = new Client({ connectionString: database.url });
    const lost: Error[] = [];
    client.on('error', (error) => lost.push(error));
    try {
      expect(database.pid).not.toBeNull();
      await client.connect();
      // A terminal's Ctrl-C reaches every process of the foreground group, this child included.
      // The server still needs the database while it drains, so the child must leave stopping to it.
      process.kill(database.pid!, 'SIGINT');
      const deadline = Date.now() + 1500;
      let answered = 0;
      while (Date.now() < deadline) {
        const { rows } = await client.query<{ one: number }>('select 1 as one');
        expect(rows[0]?.one).toBe(1);
        answered++;
      }
      expect(answered).toBeGreaterThan(0);
      expect(lost).toEqual([]);
      await client.end();
      await database.stop();
      expect(alive(database.pid!)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.startsWith('pglite.'))).toEqual([]);
    } finally {
      await client.end().catch(() => undefined);
      await database.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
