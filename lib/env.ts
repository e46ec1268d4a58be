import path from 'node:path';
import { z } from 'zod';

/** Thrown for configuration mistakes; the launcher prints the message alone, without a stack. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a URL like postgres://user:password@host:5432/database');

const positiveInt = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a positive whole number' });
        return z.NEVER;
      }
      return n;
    });

const schema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PORT: positiveInt(3000),
  SITE_URL: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }).optional(),
  SITE_NAME: z.string().trim().min(1).default('The Northgate Chronicle'),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  MEDIA_DIR: z.string().trim().min(1).optional(),
  DB_POOL_MAX: positiveInt(10),
  DB_CONNECT_TIMEOUT_MS: positiveInt(5000),
  DB_STATEMENT_TIMEOUT_MS: positiveInt(15000),
  SITE_TIME_ZONE: z.string().trim().min(1).default('UTC'),
  AUDIT_RETENTION_DAYS: positiveInt(365),
});

export type Env = {
  databaseUrl: string | undefined;
  port: number;
  siteUrl: string;
  siteName: string;
  dataDir: string;
  mediaDir: string;
  pool: { max: number; connectionTimeoutMillis: number; statementTimeoutMillis: number };
  siteTimeZone: string;
  /** Audit entries older than this many days are deleted (at start and daily). */
  auditRetentionDays: number;
};

/**
 * Reads and validates configuration. An unset DATABASE_URL means the embedded database; an empty
 * or malformed one is an error naming the variable, so a typo never silently falls back to demo data.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const raw = { ...source };
  // Set-but-empty is almost always a deploy template that failed to fill in a secret; falling back
  // to the embedded demo database would hide that, so it is an error, unlike leaving it unset.
  if (raw.DATABASE_URL !== undefined && raw.DATABASE_URL.trim() === '') {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_URL: is set but empty. Unset it to use the embedded database, or give a postgres:// URL.',
    );
  }
  if (raw.SITE_URL !== undefined && raw.SITE_URL.trim() === '') delete raw.SITE_URL;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: e.SITE_TIME_ZONE });
  } catch {
    throw new ConfigError(`Invalid configuration:\n  SITE_TIME_ZONE: "${e.SITE_TIME_ZONE}" is not an IANA time zone`);
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ e.DATA_DIR);
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    siteUrl: (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    siteName: e.SITE_NAME,
    dataDir,
    mediaDir: path.resolve(/*turbopackIgnore: true*/ e.MEDIA_DIR ?? path.join(dataDir, 'media')),
    pool: {
      max: e.DB_POOL_MAX,
      connectionTimeoutMillis: e.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMillis: e.DB_STATEMENT_TIMEOUT_MS,
    },
    siteTimeZone: e.SITE_TIME_ZONE,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
  };
}

let cached: Env | undefined;

/** Process-wide configuration, parsed once. */
export function env(): Env {
  cached ??= readEnv();
  return cached;
}
