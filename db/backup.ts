import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import { Client } from 'pg';

/**
 * Portable logical dump of the portal's tables as JSON lines, used for the embedded database
 * (PGlite speaks the wire protocol but cannot be pg_dump'ed by a client of another major version)
 * and as the fallback when pg_dump is missing. Restoring goes through json_populate_recordset, so
 * PostgreSQL itself converts every value back to its column type.
 */

// Dependency order for restoring; users.avatar_media_id points forward at media, so it is set
// in a second pass. login_attempts are throttling state, not content, and are not kept.
const BACKUP_TABLES = [
  'sections',
  'tags',
  'users',
  'media',
  'articles',
  'article_tags',
  'article_revisions',
  'article_redirects',
  'audit_log',
] as const;

const PAGE = 500;

type Line = { table: string; rows: Record<string, unknown>[] };

async function columns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns
      where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
      order by ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

async function keyColumns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ attname: string }>(
    `select a.attname from pg_index i
       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = $1::regclass and i.indisprimary
      order by array_position(i.indkey, a.attnum)`,
    [table],
  );
  return rows.map((r) => r.attname);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Streams every table to `file` page by page (keyset on the primary key), never all at once. */
export async function dumpLogical(url: string, file: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const out = createWriteStream(file);
  const counts: Record<string, number> = {};
  try {
    // One snapshot for all tables, so the dump is consistent while the site keeps running.
    await client.query('begin isolation level repeatable read read only');
    for (const table of BACKUP_TABLES) {
      const cols = await columns(client, table);
      const keys = await keyColumns(client, table);
      const list = cols.map(ident).join(', ');
      const order = keys.map(ident).join(', ');
      let last: unknown[] | null = null;
      counts[table] = 0;
      for (;;) {
        const where: string = last ? `where (${order}) > (${keys.map((_, i) => `$${i + 1}`).join(', ')})` : '';
        const result: { rows: Record<string, unknown>[] } = await client.query<Record<string, unknown>>(
          `select ${list} from ${ident(table)} ${where} order by ${order} limit ${PAGE}`,
          last ?? [],
        );
        const rows = result.rows;
        if (rows.length === 0) break;
        const line: Line = { table, rows };
        if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
        counts[table] += rows.length;
        const tail: Record<string, unknown> = rows[rows.length - 1]!;
        last = keys.map((k): unknown => tail[k]);
        if (rows.length < PAGE) break;
      }
    }
    await client.query('commit');
  } finally {
    out.end();
    await once(out, 'close');
    await client.end();
  }
  return counts;
}

/** True when the database holds no portal content (restore refuses to merge into live data). */
export async function databaseIsEmpty(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `select ((select count(*) from articles) + (select count(*) from users) + (select count(*) from sections))::text as n`,
    );
    return rows[0]?.n === '0';
  } finally {
    await client.end();
  }
}

/** Loads a logical dump into a migrated, empty database in one transaction: all or nothing. */
export async function restoreLogical(url: string, file: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  const avatars: { id: unknown; avatar: unknown }[] = [];
  try {
    await client.query('begin');
    const colsByTable = new Map<string, string[]>();
    const lines = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const text of lines) {
      if (!text.trim()) continue;
      const { table, rows } = JSON.parse(text) as Line;
      if (!(BACKUP_TABLES as readonly string[]).includes(table)) throw new Error(`Unknown table in backup: ${table}`);
      let cols = colsByTable.get(table);
      if (!cols) {
        cols = await columns(client, table);
        colsByTable.set(table, cols);
      }
      if (table === 'users') {
        for (const row of rows) {
          if (row.avatar_media_id !== null && row.avatar_media_id !== undefined) avatars.push({ id: row.id, avatar: row.avatar_media_id });
          row.avatar_media_id = null;
        }
      }
      const list = cols.map(ident).join(', ');
      const identity = cols.includes('id') ? 'overriding system value' : '';
      await client.query(
        `insert into ${ident(table)} (${list}) ${identity} select ${list} from json_populate_recordset(null::${ident(table)}, $1::json)`,
        [JSON.stringify(rows)],
      );
      counts[table] = (counts[table] ?? 0) + rows.length;
    }
    for (const { id, avatar } of avatars) await client.query('update users set avatar_media_id = $2 where id = $1', [id, avatar]);
    // Identity sequences must continue after the restored ids, or the next insert collides.
    for (const table of BACKUP_TABLES) {
      if (!(await columns(client, table)).includes('id')) continue;
      const { rows } = await client.query<{ seq: string | null }>(`select pg_get_serial_sequence($1, 'id') as seq`, [table]);
      const seq = rows[0]?.seq;
      if (seq) await client.query(`select setval($1, greatest((select coalesce(max(id), 0) from ${ident(table)}), 1), (select count(*) > 0 from ${ident(table)}))`, [seq]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return counts;
}

/** A fingerprint of the content (ids, slugs, titles, bodies, statuses, media keys) for comparing two databases. */
export async function contentFingerprint(url: string): Promise<{ articles: number; media: number; users: number; hash: string }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ articles: string; media: string; users: string; hash: string }>(`
      select (select count(*) from articles)::text as articles,
             (select count(*) from media)::text as media,
             (select count(*) from users)::text as users,
             md5(coalesce((select string_agg(concat_ws('|', id, slug, title, standfirst, body, status, published_at, version), '#' order by id) from articles), '')
                 || coalesce((select string_agg(concat_ws('|', id, storage_key, alt), '#' order by id) from media), '')
                 || coalesce((select string_agg(concat_ws('|', id, email, role, password_hash), '#' order by id) from users), '')
                 || coalesce((select string_agg(concat_ws('|', article_id, version, snapshot::text), '#' order by article_id, version) from article_revisions), '')) as hash`);
    const r = rows[0]!;
    return { articles: Number(r.articles), media: Number(r.media), users: Number(r.users), hash: r.hash };
  } finally {
    await client.end();
  }
}
