// `npm run db:seed`: loads the demo newsroom into the configured database (idempotent).
import { articleCount, seedDemoContent } from '@/db/seed';
import { closeConnection, connection } from '@/db/client';
import { runningAppExpiry } from '@/features/cache/remote-expiry';
import { onCommitted, subscribe } from '@/lib/changes/pipeline';
import { env } from '@/lib/env';
import { exitOnError } from './provide-database';

async function main() {
  // A running app (npm start beside this) shows the new stories at once.
  subscribe(runningAppExpiry);
  const { db } = connection();
  const started = Date.now();
  const report = await seedDemoContent(db, { log: (line) => env().seedVerbose && console.log(line) });
  console.log(
    `[seed] ${report.created} stories created, ${report.skipped} already present; ${await articleCount(db)} articles in total (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  await onCommitted(report.change);
  await closeConnection();
}

main().catch(exitOnError);
