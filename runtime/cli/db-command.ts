// `npm run db:migrate`, `npm run db:seed` and `npm run user:create`: the same database the app
// would use, embedded or not (a running `npm start` shares its embedded database).
import path from 'node:path';
import { childEnv, readEnv } from '@/lib/env';
import { exitOnError, provideDatabase, runScript } from './provide-database';

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (command !== 'migrate' && command !== 'seed' && command !== 'user:create') throw new Error('usage: db-command.ts migrate|seed|user:create');
  const config = readEnv();
  const database = await provideDatabase(config, { seedIfEmpty: false });
  try {
    if (command === 'migrate') console.log('[db] migrations applied');
    const script = command === 'seed' ? 'runtime/cli/seed.ts' : command === 'user:create' ? 'runtime/cli/user-create.ts' : null;
    if (script) await runScript(path.join(process.cwd(), script), args, childEnv({ DATABASE_URL: database.url }));
  } finally {
    await database.stop();
  }
}

main().catch(exitOnError);
