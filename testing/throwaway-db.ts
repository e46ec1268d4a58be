import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '@/runtime/embedded-db/start';

export type ThrowawayDatabase = { url: string; kind: 'postgres' | 'embedded'; drop: () => Promise<void> };

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A fresh database for one test run: a new database on the PostgreSQL server when one answers
 * (TEST_DATABASE_URL, or the local default), otherwise an embedded PostgreSQL in a temp folder.
 */
export async function createThrowawayDatabase(label = 'test'): Promise<ThrowawayDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  if (await reachable(adminUrl)) {
    const name = `northgate_${label}_${process.pid}_${Date.now().toString(36)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: 'postgres',
      drop: async () => {
        const c = new Client({ connectionString: adminUrl });
        await c.connect();
        try {
          await c.query(`drop database if exists "${name}" with (force)`);
        } finally {
          await c.end();
        }
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'northgate-embedded-'));
  const embedded = await startEmbeddedDatabase(dir);
  return {
    url: embedded.url,
    kind: 'embedded',
    drop: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
