import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEnv, ConfigError, env, readEnv, rereadEnv, setRuntimeEnv } from './env';

/** The message readEnv stops with, or a failure when it accepts the input. */
function refusal(source: Record<string, string>): string {
  try {
    readEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`readEnv accepted ${JSON.stringify(source)}`);
}

describe('readEnv', () => {
  it('uses the embedded database when DATABASE_URL is unset', () => {
    expect(readEnv({}).databaseUrl).toBeUndefined();
  });

  it('refuses a DATABASE_URL that is set but empty, naming it', () => {
    expect(() => readEnv({ DATABASE_URL: '  ' })).toThrow(/DATABASE_URL: is set but empty/);
  });

  it('accepts postgres URLs', () => {
    expect(readEnv({ DATABASE_URL: 'postgres://u:p@db:5432/news' }).databaseUrl).toBe('postgres://u:p@db:5432/news');
  });

  it.each(['localhost:5432/news', 'mysql://u@db/news', 'postgres://', 'not a url'])('names DATABASE_URL when it is malformed (%s)', (value) => {
    expect(() => readEnv({ DATABASE_URL: value })).toThrow(ConfigError);
    expect(() => readEnv({ DATABASE_URL: value })).toThrow(/DATABASE_URL/);
  });

  it('has no replica unless DATABASE_REPLICA_URL is set', () => {
    expect(readEnv({ DATABASE_URL: 'postgres://u@db/news' }).replica).toBeNull();
  });

  it('takes a replica beside the primary, waiting 500 ms for it by default', () => {
    const e = readEnv({ DATABASE_URL: 'postgres://u@db/news', DATABASE_REPLICA_URL: 'postgres://u@replica/news' });
    expect(e.replica).toEqual({ url: 'postgres://u@replica/news', waitMs: 500 });
    expect(readEnv({ DATABASE_URL: 'postgres://u@db/news', DATABASE_REPLICA_URL: 'postgres://u@r/news', DATABASE_REPLICA_WAIT_MS: '2000' }).replica?.waitMs).toBe(2000);
  });

  it('refuses a replica without a primary, saying the embedded database has none', () => {
    expect(refusal({ DATABASE_REPLICA_URL: 'postgres://u@replica/news' })).toMatch(/DATABASE_REPLICA_URL: needs DATABASE_URL/);
  });

  it('names a malformed replica URL or wait without showing the URL', () => {
    const message = refusal({ DATABASE_URL: 'postgres://u@db/news', DATABASE_REPLICA_URL: 'mysql://root:hunter2@r/news' });
    expect(message).toMatch(/DATABASE_REPLICA_URL/);
    expect(message).not.toContain('hunter2');
    expect(refusal({ DATABASE_URL: 'postgres://u@db/news', DATABASE_REPLICA_URL: 'postgres://u@r/news', DATABASE_REPLICA_WAIT_MS: '60000' })).toMatch(
      /DATABASE_REPLICA_WAIT_MS: must be a whole number from 1 to 10000/,
    );
  });

  it('names other bad variables too', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readEnv({ SITE_URL: 'example.com' })).toThrow(/SITE_URL/);
    expect(() => readEnv({ SITE_TIME_ZONE: 'Mars/Olympus' })).toThrow(/SITE_TIME_ZONE/);
  });

  it('derives the site URL from the port and strips trailing slashes', () => {
    expect(readEnv({ PORT: '4000' }).siteUrl).toBe('http://localhost:4000');
    expect(readEnv({ SITE_URL: 'https://news.example/' }).siteUrl).toBe('https://news.example');
  });

  it('keeps audit entries a year unless AUDIT_RETENTION_DAYS says otherwise', () => {
    expect(readEnv({}).auditRetentionDays).toBe(365);
    expect(readEnv({ AUDIT_RETENTION_DAYS: '90' }).auditRetentionDays).toBe(90);
    for (const bad of ['0', '-5', 'forever', '1.5']) expect(() => readEnv({ AUDIT_RETENTION_DAYS: bad }), bad).toThrow(/AUDIT_RETENTION_DAYS/);
  });
});

describe('view counting', () => {
  it('writes counts every minute, refreshes Most read every 5 minutes and keeps counts 400 days unless told otherwise', () => {
    expect(readEnv({ VIEW_FLUSH_SECONDS: '5', MOST_READ_REFRESH_SECONDS: '30', VIEW_RETENTION_DAYS: '90' })).toMatchObject({ viewFlushMs: 5000, mostReadRefreshMs: 30_000, viewRetentionDays: 90 });
    for (const bad of ['0', '-1', 'often', '1.5']) expect(() => readEnv({ VIEW_FLUSH_SECONDS: bad }), bad).toThrow(/VIEW_FLUSH_SECONDS/);
    expect(() => readEnv({ VIEW_FLUSH_SECONDS: '7200' })).toThrow(/VIEW_FLUSH_SECONDS/);
  });
});

describe('defaults', () => {
  it('gives every setting its documented default when nothing is set', () => {
    const e = readEnv({});
    expect(e).toEqual({
      databaseUrl: undefined,
      replica: null,
      port: 3000,
      host: '0.0.0.0',
      siteUrl: 'http://localhost:3000',
      siteName: 'The Northgate Chronicle',
      siteTimeZone: 'UTC',
      authSecret: undefined,
      revalidateSecret: undefined,
      nextAuthUrl: 'http://localhost:3000',
      internalAppUrl: null,
      dataDir: path.resolve('.data'),
      mediaDir: path.resolve('.data/media'),
      pool: { max: 10, connectionTimeoutMillis: 5000, statementTimeoutMillis: 15000 },
      pageCacheBytes: 256 * 1024 * 1024,
      frontCacheBytes: 64 * 1024 * 1024,
      auditRetentionDays: 365,
      viewFlushMs: 60_000,
      mostReadRefreshMs: 300_000,
      viewRetentionDays: 400,
      allowedImageHosts: [],
      trustProxy: false,
      varnishPurgeUrl: null,
      seedVerbose: false,
      instanceId: `${os.hostname()}:3000`,
    });
  });

  it('treats a variable set to nothing (a blank deploy template line) as unset', () => {
    const blank = { PORT: '', HOST: ' ', SITE_NAME: '', FRONT_CACHE_MB: '', TRUST_PROXY: '', INTERNAL_APP_URL: '', AUTH_SECRET: '' };
    expect(readEnv(blank)).toEqual(readEnv({}));
  });

  it('names the instance <hostname>:<PORT> unless INSTANCE_ID says otherwise', () => {
    expect(readEnv({ PORT: '3002' }).instanceId).toBe(`${os.hostname()}:3002`);
    expect(readEnv({ PORT: '3002', INSTANCE_ID: ' web-2 ' }).instanceId).toBe('web-2');
  });

  it('puts media under the data folder unless MEDIA_DIR says otherwise', () => {
    expect(readEnv({ DATA_DIR: '/srv/news' }).mediaDir).toBe('/srv/news/media');
    expect(readEnv({ DATA_DIR: '/srv/news', MEDIA_DIR: '/mnt/media' }).mediaDir).toBe('/mnt/media');
  });
});

describe('good values', () => {
  it('reads every variable', () => {
    const e = readEnv({
      PORT: '8080',
      HOST: '127.0.0.1',
      SITE_URL: 'https://news.example.com',
      SITE_NAME: ' The Harbour Herald ',
      SITE_TIME_ZONE: 'Europe/London',
      DB_POOL_MAX: '25',
      DB_CONNECT_TIMEOUT_MS: '2000',
      DB_STATEMENT_TIMEOUT_MS: '30000',
      PAGE_CACHE_MB: '512',
      FRONT_CACHE_MB: '32',
      ALLOWED_IMAGE_HOSTS: 'images.example.org, CDN.Example.com,',
      TRUST_PROXY: '1',
      SEED_VERBOSE: 'true',
      INTERNAL_APP_URL: 'http://127.0.0.1:8080/',
      NEXTAUTH_URL: 'https://staff.example.com',
      VARNISH_PURGE_URL: 'http://127.0.0.1:6081/',
    });
    expect(e).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      siteUrl: 'https://news.example.com',
      siteName: 'The Harbour Herald',
      siteTimeZone: 'Europe/London',
      pool: { max: 25, connectionTimeoutMillis: 2000, statementTimeoutMillis: 30000 },
      pageCacheBytes: 512 * 1024 * 1024,
      frontCacheBytes: 32 * 1024 * 1024,
      allowedImageHosts: ['images.example.org', 'cdn.example.com'],
      trustProxy: true,
      seedVerbose: true,
      internalAppUrl: 'http://127.0.0.1:8080',
      nextAuthUrl: 'https://staff.example.com',
      varnishPurgeUrl: 'http://127.0.0.1:6081',
    });
  });

  it('reads TRUST_PROXY and SEED_VERBOSE as 1/true or 0/false', () => {
    expect(readEnv({ TRUST_PROXY: 'TRUE' }).trustProxy).toBe(true);
    expect(readEnv({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(readEnv({ SEED_VERBOSE: 'false' }).seedVerbose).toBe(false);
  });

  it('takes next-auth’s NEXTAUTH_SECRET for AUTH_SECRET, AUTH_SECRET first, byte for byte', () => {
    expect(readEnv({ NEXTAUTH_SECRET: 'from-next-auth' }).authSecret).toBe('from-next-auth');
    expect(readEnv({ AUTH_SECRET: ' ours ', NEXTAUTH_SECRET: 'theirs' }).authSecret).toBe(' ours ');
  });

  it('derives the revalidation secret from AUTH_SECRET unless REVALIDATE_SECRET is set', () => {
    expect(readEnv({ AUTH_SECRET: 'sessions' }).revalidateSecret).toBe('sessions');
    expect(readEnv({ AUTH_SECRET: 'sessions', REVALIDATE_SECRET: 'pages' }).revalidateSecret).toBe('pages');
  });

  it('builds next-auth’s URL from the site URL unless NEXTAUTH_URL is set', () => {
    expect(readEnv({ SITE_URL: 'https://news.example.com/' }).nextAuthUrl).toBe('https://news.example.com');
  });
});

describe('malformed values stop the start with a message naming the variable', () => {
  it.each([
    ['PORT', '70000'],
    ['PORT', '0'],
    ['HOST', 'http://0.0.0.0'],
    ['DB_POOL_MAX', '-1'],
    ['DB_CONNECT_TIMEOUT_MS', '5s'],
    ['DB_STATEMENT_TIMEOUT_MS', '1.5'],
    ['PAGE_CACHE_MB', '256MB'],
    ['FRONT_CACHE_MB', 'lots'],
    ['TRUST_PROXY', 'yes please'],
    ['SEED_VERBOSE', '2'],
    ['INTERNAL_APP_URL', '127.0.0.1:3000'],
    ['NEXTAUTH_URL', 'ftp://news.example.com'],
    ['VARNISH_PURGE_URL', '127.0.0.1:6081'],
    ['SITE_URL', 'javascript:alert(1)'],
    // A header value and a log line: no spaces, no line breaks.
    ['INSTANCE_ID', 'web 2'],
    ['INSTANCE_ID', 'web-2\r\nx-evil: 1'],
    ['INSTANCE_ID', 'x'.repeat(64)],
  ])('%s=%s', (name, value) => {
    expect(refusal({ [name]: value })).toMatch(new RegExp(`^  ${name}: `, 'm'));
  });

  it('says which ALLOWED_IMAGE_HOSTS entries are not host names, so none can reach the CSP', () => {
    const message = refusal({ ALLOWED_IMAGE_HOSTS: "ok.example, https://images.example.org, evil.example; script-src *" });
    expect(message).toContain('ALLOWED_IMAGE_HOSTS: "https://images.example.org", "evil.example; script-src *" are not host names');
    expect(message).not.toContain('"ok.example"');
  });

  it('shows the value it could not read, but never a DATABASE_URL (it may hold a password)', () => {
    expect(refusal({ FRONT_CACHE_MB: '64 MB' })).toContain('"64 MB"');
    expect(refusal({ SITE_TIME_ZONE: 'Mars/Olympus' })).toContain('"Mars/Olympus" is not an IANA time zone');
    expect(refusal({ DATABASE_URL: 'mysql://root:hunter2@db/news' })).not.toContain('hunter2');
  });

  it('lists every malformed variable at once', () => {
    const message = refusal({ PORT: 'x', TRUST_PROXY: 'maybe', PAGE_CACHE_MB: '-5' });
    expect(message.split('\n').filter((line) => line.startsWith('  ')).map((line) => line.trim().split(':')[0])).toEqual([
      'PORT',
      'PAGE_CACHE_MB',
      'TRUST_PROXY',
    ]);
  });
});

describe('env() and setRuntimeEnv()', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    rereadEnv();
  });

  it('parses once, and sees what a launcher decides at start', () => {
    vi.stubEnv('INTERNAL_APP_URL', '');
    rereadEnv();
    expect(env().internalAppUrl).toBeNull();
    vi.stubEnv('INTERNAL_APP_URL', 'http://127.0.0.1:3999');
    expect(env().internalAppUrl).toBeNull();
    setRuntimeEnv({ INTERNAL_APP_URL: 'http://127.0.0.1:3001' });
    expect(process.env.INTERNAL_APP_URL).toBe('http://127.0.0.1:3001');
    expect(env().internalAppUrl).toBe('http://127.0.0.1:3001');
  });
});

describe('building and several instances', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('takes a deployment id of letters, digits, - and _, and refuses anything an asset URL could not carry', () => {
    expect(readEnv({ NEXT_DEPLOYMENT_ID: 'release-2026_12' }).deploymentId).toBe('release-2026_12');
    expect(readEnv({}).deploymentId).toBeUndefined();
    expect(() => readEnv({ NEXT_DEPLOYMENT_ID: 'v1.2/main' })).toThrow(/NEXT_DEPLOYMENT_ID: must be 1 to 64 letters/);
  });

  it('accepts a server-action key Next can use (base64 of 16, 24 or 32 bytes) and names a bad one', () => {
    for (const bytes of [16, 24, 32]) {
      expect(() => readEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(bytes, 7).toString('base64') })).not.toThrow();
    }
    for (const bad of [Buffer.alloc(20, 7).toString('base64'), 'not base64!', 'c2VjcmV0']) {
      expect(() => readEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bad }), bad).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be base64 of 16, 24 or 32/);
    }
  });

  it('gives `next build` neither the database nor the runtime secrets, but the server-action key', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://news:pw@db/news');
    vi.stubEnv('AUTH_SECRET', 'sessions');
    vi.stubEnv('NEXTAUTH_SECRET', 'sessions');
    vi.stubEnv('REVALIDATE_SECRET', 'pages');
    vi.stubEnv('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'a2V5');
    const built = buildEnv({ NEXT_TELEMETRY_DISABLED: '1' });
    for (const name of ['DATABASE_URL', 'AUTH_SECRET', 'NEXTAUTH_SECRET', 'REVALIDATE_SECRET']) expect(built[name], name).toBeUndefined();
    expect(built.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe('a2V5');
    expect(built.NEXT_TELEMETRY_DISABLED).toBe('1');
  });
});
