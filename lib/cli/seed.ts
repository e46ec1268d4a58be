// `npm run db:seed`: loads the demo newsroom into the configured database (idempotent).
import { articleCount, seedDemoContent } from '@/db/seed';
import { closeConnection, connection } from '@/db/client';
import { env } from '@/lib/env';
import { exitOnError } from './provide-database';

async function main() {
  const { db } = connection();
  const started = Date.now();
  const report = await seedDemoContent(db, { log: (line) => env().seedVerbose && console.log(line) });
  console.log(
    `[seed] ${report.created} stories created, ${report.skipped} already present; ${await articleCount(db)} articles in total (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  await closeConnection();
}

main().catch(exitOnError);
