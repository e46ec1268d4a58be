import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function start(env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: '1', ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  delete childEnv.NODE_OPTIONS;
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('runtime/cli/start.ts')], { env: childEnv, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('starting the server', () => {
  it('refuses a malformed DATABASE_URL, naming the variable, without a stack trace', () => {
    const { code, output } = start({ DATABASE_URL: 'localhost:5432/news' });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('refuses a DATABASE_URL that is set but empty', () => {
    const { code, output } = start({ DATABASE_URL: '' });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL: is set but empty');
  });

  it('refuses to run against a database server without AUTH_SECRET', () => {
    const { code, output } = start({ AUTH_SECRET: undefined, NEXTAUTH_SECRET: undefined });
    expect(code).toBe(1);
    expect(output).toContain('AUTH_SECRET is not set');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('refuses malformed settings it used to read raw, naming each, before touching the database', () => {
    const { code, output } = start({ FRONT_CACHE_MB: '64MB', TRUST_PROXY: 'yes', ALLOWED_IMAGE_HOSTS: 'https://images.example.org' });
    expect(code).toBe(1);
    expect(output).toContain('FRONT_CACHE_MB: must be a whole number');
    expect(output).toContain('TRUST_PROXY: must be 1 (on) or 0 (off), got "yes"');
    expect(output).toContain('ALLOWED_IMAGE_HOSTS: "https://images.example.org" is not a host name');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('refuses a NEXT_DEPLOYMENT_ID other than the one its build carries, before touching the database', () => {
    const { code, output } = start({ NEXT_DEPLOYMENT_ID: 'another-build', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(code).toBe(1);
    expect(output).toContain('NEXT_DEPLOYMENT_ID is "another-build", but this build is');
    expect(output).not.toContain('Cannot connect');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('explains an unreachable database instead of crashing with a stack', () => {
    const { code, output } = start({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(code).toBe(1);
    expect(output).toContain('Cannot connect to the database given by DATABASE_URL');
  });
});
