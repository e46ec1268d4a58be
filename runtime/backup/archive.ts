import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { databaseIsEmpty, dumpLogical, restoreLogical } from '@/db/backup';
import { runMigrations } from '@/db/migrate';
import { UserFacingError } from '@/lib/errors';

const exec = promisify(execFile);

type BackupManifest = {
  format: 'northgate-backup/1';
  createdAt: string;
  database: 'pg_dump' | 'logical';
  counts?: Record<string, number>;
  media: boolean;
};

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** pg_dump refuses servers newer than itself; then the portable logical dump is used instead. */
async function pgDumpUsable(url: string): Promise<boolean> {
  try {
    const { stdout } = await exec('pg_dump', ['--version']);
    const client = Number(/(\d+)\./.exec(stdout)?.[1] ?? 0);
    const { stdout: server } = await exec('psql', ['--no-psqlrc', '-tA', '--dbname', url, '-c', 'show server_version_num']);
    return client >= Math.floor(Number(server.trim()) / 10000);
  } catch {
    return false;
  }
}

/**
 * Writes one .tar.gz with the database and every uploaded image: pg_dump's custom format for a
 * PostgreSQL server, the logical JSON dump for the embedded database (or when pg_dump cannot be used).
 */
export async function createBackup(options: { url: string; embedded: boolean; mediaDir: string; out: string }): Promise<BackupManifest> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'northgate-backup-'));
  try {
    let manifest: BackupManifest;
    if (!options.embedded && (await pgDumpUsable(options.url))) {
      await exec('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(work, 'database.pgdump')}`, `--dbname=${options.url}`]);
      manifest = { format: 'northgate-backup/1', createdAt: new Date().toISOString(), database: 'pg_dump', media: false };
    } else {
      const counts = await dumpLogical(options.url, path.join(work, 'database.jsonl'));
      manifest = { format: 'northgate-backup/1', createdAt: new Date().toISOString(), database: 'logical', counts, media: false };
    }
    if (await exists(options.mediaDir)) {
      await cp(options.mediaDir, path.join(work, 'media'), { recursive: true });
      manifest.media = true;
    }
    await writeFile(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
    await exec('tar', ['-czf', path.resolve(options.out), '-C', work, '.']);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Restores a backup into a database without content (fresh or only migrated), then its media. */
export async function restoreBackup(options: { url: string; mediaDir: string; file: string }): Promise<BackupManifest> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'northgate-restore-'));
  try {
    await exec('tar', ['-xzf', path.resolve(options.file), '-C', work]).catch(() => {
      throw new UserFacingError(`${options.file} is not a readable backup archive (.tar.gz).`);
    });
    const manifest = JSON.parse(await readFile(path.join(work, 'manifest.json'), 'utf8')) as BackupManifest;
    if (manifest.format !== 'northgate-backup/1') throw new UserFacingError(`Not a backup this version can restore (${String(manifest.format)}).`);
    await runMigrations(options.url);
    if (!(await databaseIsEmpty(options.url))) {
      throw new UserFacingError('The target database already has content. Restore into an empty database (create a new one), so nothing is overwritten.');
    }
    if (manifest.database === 'pg_dump') {
      // --clean drops the just-migrated empty tables and recreates them exactly as dumped.
      await exec('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${options.url}`, path.join(work, 'database.pgdump')]);
    } else {
      await restoreLogical(options.url, path.join(work, 'database.jsonl'));
    }
    if (manifest.media) {
      await mkdir(options.mediaDir, { recursive: true });
      await cp(path.join(work, 'media'), options.mediaDir, { recursive: true, force: false, errorOnExist: false });
    }
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
