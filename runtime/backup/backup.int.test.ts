import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFingerprint } from '@/db/backup';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@/testing/throwaway-db';
import { createBackup, restoreBackup } from './archive';

const sourceUrl = process.env.DATABASE_URL!;
const sourceMedia = process.env.MEDIA_DIR!;
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const c of cleanups) await c();
});

async function mediaDigest(dir: string): Promise<{ files: number; hash: string }> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const names = entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
  for (const name of names) hash.update(name).update(await readFile(path.join(dir, name)));
  return { files: names.length, hash: hash.digest('hex') };
}

async function roundTrip(embedded: boolean) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'northgate-backup-test-'));
  cleanups.push(() => rm(work, { recursive: true, force: true }));
  const file = path.join(work, 'backup.tar.gz');
  const manifest = await createBackup({ url: sourceUrl, embedded, mediaDir: sourceMedia, out: file });
  const target: ThrowawayDatabase = await createThrowawayDatabase('restore');
  cleanups.push(target.drop);
  const mediaDir = path.join(work, 'restored-media');
  await restoreBackup({ url: target.url, mediaDir, file });
  return { manifest, target, mediaDir };
}

describe('backups', () => {
  it.each([
    ['pg_dump', false],
    ['logical', true],
  ] as const)('round-trip the demo content with the %s format', async (format, embedded) => {
    const before = await contentFingerprint(sourceUrl);
    expect(before.articles).toBeGreaterThanOrEqual(40);
    const { manifest, target, mediaDir } = await roundTrip(embedded);
    expect(manifest.database).toBe(format);
    expect(await contentFingerprint(target.url)).toEqual(before);
    expect(await mediaDigest(mediaDir)).toEqual(await mediaDigest(sourceMedia));
  }, 120_000);

  it('refuses to restore over a database that has content', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'northgate-backup-test-'));
    cleanups.push(() => rm(work, { recursive: true, force: true }));
    const file = path.join(work, 'b.tar.gz');
    await createBackup({ url: sourceUrl, embedded: true, mediaDir: sourceMedia, out: file });
    await expect(restoreBackup({ url: sourceUrl, mediaDir: path.join(work, 'm'), file })).rejects.toThrow(/already has content/);
  }, 60_000);
});
