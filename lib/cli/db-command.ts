// `npm run db:migrate` and `npm run db:seed`: the same database the app would use, embedded or not.
import path from 'node:path';
import { readEnv } from '@/lib/env';
import { exitOnError, provideDatabase, runScript } from './provide-database';

async function main() {
  const command = process.argv[2];
  if (command !== 'migrate' && command !== 'seed') throw new Error('usage: db-command.ts migrate|seed');
  const config = readEnv();
  const database = await provideDatabase(config, { seedIfEmpty: false });
  try {
    console.log('[db] migrations applied');
    if (command === 'seed') {
      await runScript(path.join(process.cwd(), 'lib/cli/seed.ts'), [], { ...process.env, DATABASE_URL: database.url });
    }
  } finally {
    await database.stop();
  }
}

main().catch(exitOnError);
