// Staff accounts for end-to-end tests. The admin is created through the first-run form in
// auth.setup.ts; the other roles are inserted directly (their creation UI has its own tests).
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';

export type Role = 'admin' | 'editor' | 'author' | 'contributor';

export const STAFF: Record<Role, { name: string; email: string; password: string }> = {
  admin: { name: 'Ada Admin', email: 'admin@e2e.test', password: 'harbour-lights-2026-ada' },
  editor: { name: 'Eve Editor', email: 'editor@e2e.test', password: 'harbour-lights-2026-eve' },
  author: { name: 'Arthur Author', email: 'author@e2e.test', password: 'harbour-lights-2026-art' },
  contributor: { name: 'Cora Contributor', email: 'contributor@e2e.test', password: 'harbour-lights-2026-cora' },
};

export function storageStatePath(role: Role): string {
  return `test-results/.auth/${role}.json`;
}

export async function withDatabase<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Inserts (or resets) a staff account with a known password. Returns its id. */
export async function ensureAccount(
  account: { name: string; email: string; password: string },
  role: Role,
): Promise<number> {
  const passwordHash = await hash(account.password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const slug = account.email.split('@')[0]!.replace(/[^a-z0-9]+/g, '-') + '-e2e';
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `insert into users (name, slug, email, role, password_hash)
       values ($1, $2, $3, $4, $5)
       on conflict (lower(email)) do update set role = excluded.role, password_hash = excluded.password_hash, disabled = false,
         session_version = users.session_version + 1
       returning id`,
      [account.name, slug, account.email, role, passwordHash],
    );
    return rows[0]!.id;
  });
}
