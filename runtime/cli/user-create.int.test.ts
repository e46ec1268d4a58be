import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConnection, db } from '@/db/client';
import { users } from '@/db/schema';

const email = `cli-${Date.now()}@int.test`;

function userCreate(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('runtime/cli/db-command.ts'), 'user:create', ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

afterAll(async () => {
  await db().delete(users).where(eq(users.email, email));
  await closeConnection();
});

describe('npm run user:create', () => {
  it('creates a staff account that can sign in with an argon2id hash', async () => {
    const { code, output } = userCreate('--email', email, '--password', 'tidal-turbine-2026-cli', '--role', 'editor', '--name', 'Cli Person');
    expect(output).toContain(`Created editor Cli Person <${email}>`);
    expect(code).toBe(0);
    const [row] = await db().select().from(users).where(eq(sql`lower(${users.email})`, email));
    expect(row!.role).toBe('editor');
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses an email that exists, a weak password and a bad role, with clear messages', () => {
    const taken = userCreate('--email', email.toUpperCase(), '--password', 'tidal-turbine-2026-cli', '--role', 'author', '--name', 'Again');
    expect(taken.code).toBe(1);
    expect(taken.output).toContain('An account with this email already exists.');
    const weak = userCreate('--email', `weak-${email}`, '--password', 'password123', '--role', 'author', '--name', 'Weak');
    expect(weak.code).toBe(2);
    expect(weak.output).toContain('--password is too weak');
    const short = userCreate('--email', `short-${email}`, '--password', 'abc', '--role', 'author', '--name', 'Short');
    expect(short.output).toContain('at least 10 characters');
    const role = userCreate('--email', `role-${email}`, '--password', 'tidal-turbine-2026-cli', '--role', 'boss', '--name', 'Boss');
    expect(role.code).toBe(2);
    expect(role.output).toContain('--role must be one of contributor, author, editor, admin');
    for (const r of [taken, weak, short, role]) expect(r.output).not.toMatch(/\n\s+at /);
  });
});
