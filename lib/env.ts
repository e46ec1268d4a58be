// The one module that reads process.env for the app's configuration (next.config.ts and proxy.ts
// load it too, so it stays pure: no `@/` imports, no server-only code). Next's own NODE_ENV and
// NEXT_RUNTIME checks and the test harness's variables are read where they are used.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** Thrown for configuration mistakes; the launcher prints the message alone, without a stack. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A plain DNS host name (no scheme, port or path), as ALLOWED_IMAGE_HOSTS lists them. */
export const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}, 'must be a URL like postgres://user:password@host:5432/database');

const httpUrl = z
  .url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' })
  .transform((value) => value.replace(/\/+$/, ''));

const wholeNumber = (fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return fallback;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n <= 0 || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from 1 to ${max}, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const flag = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined) return false;
    const lower = v.toLowerCase();
    if (lower === '1' || lower === 'true') return true;
    if (lower === '0' || lower === 'false') return false;
    ctx.addIssue({ code: 'custom', message: `must be 1 (on) or 0 (off), got "${v}"` });
    return z.NEVER;
  });

// A host that is not a plain name could inject a CSP directive or never match an image URL; an
// operator who typed https:// or a port learns it at start instead of seeing images vanish.
const hostList = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const hosts = (v ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const bad = hosts.filter((h) => !HOST_NAME.test(h));
    if (bad.length) {
      ctx.addIssue({
        code: 'custom',
        message: `${bad.map((h) => `"${h}"`).join(', ')} ${bad.length === 1 ? 'is not a host name' : 'are not host names'}; list names like images.example.org, comma separated, without https:// or a path`,
      });
      return z.NEVER;
    }
    return hosts;
  });

// It goes into a response header, PostgreSQL's application_name (63 bytes) and log lines.
const INSTANCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,62}$/;
const instanceId = z.string().regex(INSTANCE_ID, 'must be 1 to 63 letters, digits and . _ : @ - (starting with a letter or digit), e.g. web-2 or web-2:3001');

/** `<hostname>:<port>`, which tells apart every instance on one machine and across machines. */
function defaultInstanceId(port: number): string {
  const host = os.hostname().replace(/[^A-Za-z0-9.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'instance';
  return `${host.slice(0, 62 - String(port).length)}:${port}`;
}

const timeZone = z.string().superRefine((zone, ctx) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${zone}" is not an IANA time zone (e.g. Europe/London)` });
  }
});

// Next embeds it in the build (action ids are derived from it) and also reads it at run time: a
// malformed one would only show as "Failed to find Server Action" on another machine.
const serverActionsKey = z.string().refine((value) => {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  return [16, 24, 32].includes(atob(value).length);
}, 'must be base64 of 16, 24 or 32 random bytes; generate one with `openssl rand -base64 32`');

const schema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_REPLICA_URL: postgresUrl.optional(),
  DATABASE_REPLICA_WAIT_MS: wholeNumber(500, 10_000),
  PORT: wholeNumber(3000, 65535),
  HOST: z.string().regex(/^[^\s/]+$/, 'must be an address to listen on, e.g. 0.0.0.0 or 127.0.0.1').default('0.0.0.0'),
  SITE_URL: httpUrl.optional(),
  SITE_NAME: z.string().default('The Northgate Chronicle'),
  SITE_TIME_ZONE: timeZone.default('UTC'),
  AUTH_SECRET: z.string().optional(),
  NEXTAUTH_SECRET: z.string().optional(),
  NEXTAUTH_URL: httpUrl.optional(),
  REVALIDATE_SECRET: z.string().optional(),
  INTERNAL_APP_URL: httpUrl.optional(),
  DATA_DIR: z.string().default('.data'),
  MEDIA_DIR: z.string().optional(),
  DB_POOL_MAX: wholeNumber(10, 1000),
  DB_CONNECT_TIMEOUT_MS: wholeNumber(5000),
  DB_STATEMENT_TIMEOUT_MS: wholeNumber(15000),
  PAGE_CACHE_MB: wholeNumber(256, 1024 * 1024),
  FRONT_CACHE_MB: wholeNumber(64, 1024 * 1024),
  ALLOWED_IMAGE_HOSTS: hostList,
  TRUST_PROXY: flag,
  VARNISH_PURGE_URL: httpUrl.optional(),
  SEED_VERBOSE: flag,
  AUDIT_RETENTION_DAYS: wholeNumber(365, 100_000),
  NEXT_DEPLOYMENT_ID: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, - or _ (Next puts it in asset URLs)').optional(),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey.optional(),
  INSTANCE_ID: instanceId.optional(),
  VIEW_FLUSH_SECONDS: wholeNumber(60, 3600),
  MOST_READ_REFRESH_SECONDS: wholeNumber(300, 86_400),
  VIEW_RETENTION_DAYS: wholeNumber(400, 100_000),
});

type Variable = keyof typeof schema.shape;
const VARIABLES = Object.keys(schema.shape) as Variable[];
// Secrets are used byte for byte (trimming one would invalidate every session signed with it).
const UNTRIMMED = new Set<Variable>(['AUTH_SECRET', 'NEXTAUTH_SECRET', 'REVALIDATE_SECRET', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY']);

export type Env = {
  databaseUrl: string | undefined;
  /**
   * A streaming replica for reads that tolerate lag, and how long a committed change waits for it
   * to replay before the caches are told (after that, those reads go to the primary until it has).
   */
  replica: { url: string; waitMs: number } | null;
  port: number;
  host: string;
  siteUrl: string;
  siteName: string;
  siteTimeZone: string;
  /** AUTH_SECRET (or next-auth's NEXTAUTH_SECRET); the launcher generates one for the embedded database. */
  authSecret: string | undefined;
  /** Base of the secret between the app and processes asking it to expire pages or publish. */
  revalidateSecret: string | undefined;
  /** next-auth builds its callback URLs from this; the public site URL unless set. */
  nextAuthUrl: string;
  /** Where the running app listens, for work outside a request (scheduler, scripts); null: no app. */
  internalAppUrl: string | null;
  dataDir: string;
  mediaDir: string;
  pool: { max: number; connectionTimeoutMillis: number; statementTimeoutMillis: number };
  pageCacheBytes: number;
  frontCacheBytes: number;
  allowedImageHosts: string[];
  trustProxy: boolean;
  /** Varnish in front (deploy/varnish/): where each change's tags are purged; null without one. */
  varnishPurgeUrl: string | null;
  seedVerbose: boolean;
  /** Audit entries older than this many days are deleted (at start and daily). */
  auditRetentionDays: number;
  /** NEXT_DEPLOYMENT_ID: names the build; when unset the build makes one up (next.config.ts). */
  deploymentId: string | undefined;
  /** Names this instance among several on one database: the x-served-by header, the change broadcast, logs. */
  instanceId: string;
  /** How often the HTTP server writes its batched view counts. */
  viewFlushMs: number;
  /** How often "Most read" is recomputed (its fragment re-renders only when the order changed). */
  mostReadRefreshMs: number;
  /** Hourly view counts older than this many days are deleted. */
  viewRetentionDays: number;
};

/**
 * Reads and validates configuration, listing every malformed variable by name. Set-but-empty
 * means unset, except for DATABASE_URL: an unset one means the embedded database, but an empty
 * one is almost always a deploy template that failed to fill in a secret, and falling back to the
 * embedded demo database would hide that.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  if (source.DATABASE_URL !== undefined && source.DATABASE_URL.trim() === '') {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_URL: is set but empty. Unset it to use the embedded database, or give a postgres:// URL.',
    );
  }
  const raw: Partial<Record<Variable, string>> = {};
  for (const name of VARIABLES) {
    const value = source[name];
    if (value === undefined || value.trim() === '') continue;
    raw[name] = UNTRIMMED.has(name) ? value : value.trim();
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_REPLICA_URL && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_REPLICA_URL: needs DATABASE_URL (the primary it replicates). The embedded database has no replica.',
    );
  }
  const siteUrl = e.SITE_URL ?? `http://localhost:${e.PORT}`;
  const authSecret = e.AUTH_SECRET ?? e.NEXTAUTH_SECRET;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ e.DATA_DIR);
  return {
    databaseUrl: e.DATABASE_URL,
    replica: e.DATABASE_REPLICA_URL ? { url: e.DATABASE_REPLICA_URL, waitMs: e.DATABASE_REPLICA_WAIT_MS } : null,
    port: e.PORT,
    host: e.HOST,
    siteUrl,
    siteName: e.SITE_NAME,
    siteTimeZone: e.SITE_TIME_ZONE,
    authSecret,
    revalidateSecret: e.REVALIDATE_SECRET ?? authSecret,
    nextAuthUrl: e.NEXTAUTH_URL ?? siteUrl,
    internalAppUrl: e.INTERNAL_APP_URL ?? null,
    dataDir,
    mediaDir: path.resolve(/*turbopackIgnore: true*/ e.MEDIA_DIR ?? path.join(dataDir, 'media')),
    pool: {
      max: e.DB_POOL_MAX,
      connectionTimeoutMillis: e.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMillis: e.DB_STATEMENT_TIMEOUT_MS,
    },
    pageCacheBytes: e.PAGE_CACHE_MB * 1024 * 1024,
    frontCacheBytes: e.FRONT_CACHE_MB * 1024 * 1024,
    allowedImageHosts: e.ALLOWED_IMAGE_HOSTS,
    trustProxy: e.TRUST_PROXY,
    varnishPurgeUrl: e.VARNISH_PURGE_URL ?? null,
    seedVerbose: e.SEED_VERBOSE,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    deploymentId: e.NEXT_DEPLOYMENT_ID,
    instanceId: e.INSTANCE_ID ?? defaultInstanceId(e.PORT),
    viewFlushMs: e.VIEW_FLUSH_SECONDS * 1000,
    mostReadRefreshMs: e.MOST_READ_REFRESH_SECONDS * 1000,
    viewRetentionDays: e.VIEW_RETENTION_DAYS,
  };
}

let cached: Env | undefined;

/** Process-wide configuration, parsed once (it is read on every request and every rendered date). */
export function env(): Env {
  cached ??= readEnv();
  return cached;
}

/** What a launcher decides at start and hands on to the app it runs and the scripts it spawns. */
type RuntimeSettings = Partial<Record<'DATABASE_URL' | 'AUTH_SECRET' | 'INTERNAL_APP_URL' | 'NEXTAUTH_URL' | 'NEXT_DEPLOYMENT_ID', string>>;

/**
 * Publishes launcher decisions (the embedded database's URL, a generated secret) through the
 * environment: Next's bundles and child processes hold their own copy of this module, so the
 * environment is the only channel they share. The cached configuration is dropped so this
 * process sees them too. next-auth reads NEXTAUTH_URL itself.
 */
export function setRuntimeEnv(settings: RuntimeSettings): void {
  for (const [name, value] of Object.entries(settings)) if (value !== undefined) process.env[name] = value;
  rereadEnv();
}

/** Drops the parsed configuration so the next env() reads the environment again (tests stub it). */
export function rereadEnv(): void {
  cached = undefined;
}

/** What only a running instance may know: `next build` never sees these (runtime/cli/build.ts). */
const RUNTIME_ONLY = ['DATABASE_URL', 'AUTH_SECRET', 'NEXTAUTH_SECRET', 'REVALIDATE_SECRET'] as const;

/** The environment for `next build`: this one's without the database and the runtime secrets, plus `extra`. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  for (const name of RUNTIME_ONLY) delete out[name];
  return { ...out, ...extra };
}

/** The environment for a child process: this one's, plus `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
