// `npm run db:backup [-- --out file.tar.gz]` and `npm run db:restore -- file.tar.gz`
import { parseArgs } from 'node:util';
import { createBackup, restoreBackup } from '@/runtime/backup/archive';
import { runningAppExpiry } from '@/features/cache/remote-expiry';
import { everything } from '@/lib/changes/change';
import { onCommitted, subscribe } from '@/lib/changes/pipeline';
import { readEnv } from '@/lib/env';
import { UserFacingError } from '@/lib/errors';
import { exitOnError, provideDatabase } from './provide-database';

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({ args: rest, options: { out: { type: 'string' } }, allowPositionals: true });
  const config = readEnv();
  const database = await provideDatabase(config, { seedIfEmpty: false });
  try {
    if (command === 'backup') {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const out = values.out ?? `backups/northgate-${stamp}.tar.gz`;
      const manifest = await createBackup({ url: database.url, embedded: database.embedded, mediaDir: config.mediaDir, out });
      console.log(`Backup written to ${out} (database: ${manifest.database}, media: ${manifest.media ? 'included' : 'none'}).`);
    } else if (command === 'restore') {
      const file = positionals[0];
      if (!file) throw new UserFacingError('Usage: npm run db:restore -- <backup.tar.gz>');
      const manifest = await restoreBackup({ url: database.url, mediaDir: config.mediaDir, file });
      // A portal already running on this database shows the restored content at once.
      subscribe(runningAppExpiry);
      await onCommitted(everything('backup restored'));
      console.log(`Restored ${file} (made ${manifest.createdAt}). Start the portal with npm start.`);
    } else {
      throw new Error('usage: backup.ts backup|restore');
    }
  } finally {
    await database.stop();
  }
}

main().catch(exitOnError);
