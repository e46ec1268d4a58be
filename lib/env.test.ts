import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from './env';

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
