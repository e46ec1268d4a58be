import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from '@/db/migrate';
import { connect, type Connection } from '@/db/client';
import { createStaff } from '@/db/mutations/staff';
import { media } from '@/db/schema';
import { hashPassword } from '@/features/auth/password';
import { freePort, startApp, type AppProcess } from '@/testing/app-process';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@/testing/throwaway-db';

/**
 * Issue 12 points 3 to 5: several instances started from one build, each given the database,
 * AUTH_SECRET and MEDIA_DIR at start. Whichever instance answers, a person stays signed in and an
 * image uploaded through another instance is there in every rendition.
 */
const PASSWORD = 'harbour-crane-lantern-58';
const EMAIL = `shared-build-${process.pid}@int.test`;

let database: ThrowawayDatabase;
let connection: Connection;
let mediaDir: string;
let a: AppProcess;
let b: AppProcess;

const cookiesOf = (res: Response) => (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]!);

/** Signs in through the sign-in form's endpoint of `app`; returns next-auth's session cookie. */
async function signIn(app: AppProcess): Promise<string> {
  const csrf = await fetch(`${app.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${app.url}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf).join('; '), origin: app.url },
    body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken, json: 'true' }),
    redirect: 'manual',
  });
  await res.arrayBuffer();
  const session = cookiesOf(res).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in on ${app.url} failed with ${res.status}`);
  return session;
}

beforeAll(async () => {
  database = await createThrowawayDatabase('shared_build');
  await runMigrations(database.url);
  connection = connect(database.url, { max: 2 });
  await createStaff({ name: 'Shared Build Editor', email: EMAIL, role: 'editor', passwordHash: await hashPassword(PASSWORD) }, connection.db);
  mediaDir = mkdtempSync(path.join(os.tmpdir(), 'northgate-shared-media-'));
  const shared = { DATABASE_URL: database.url, MEDIA_DIR: mediaDir, AUTH_SECRET: `shared-secret-${process.pid}-only-for-this-test` };
  const [portA, portB] = [await freePort(), await freePort()];
  [a, b] = await Promise.all([startApp({ ...shared, PORT: String(portA) }), startApp({ ...shared, PORT: String(portB) })]);
}, 180_000);

afterAll(async () => {
  const stopped = await Promise.all([a?.stop(), b?.stop()]);
  await connection?.pool.end();
  await database?.drop();
  if (mediaDir) rmSync(mediaDir, { recursive: true, force: true });
  for (const s of stopped) if (s) expect(s.code, 'instance exit code').toBe(0);
}, 60_000);

describe('two instances from one build', () => {
  it('carry the build’s one deployment id', async () => {
    const id = readFileSync(path.resolve('.next/BUILD_ID'), 'utf8').trim();
    for (const app of [a, b]) {
      const html = await (await fetch(`${app.url}/login`)).text();
      expect(html, app.url).toContain(`data-dpl-id="${id}"`);
    }
  });

  it('accept each other’s sessions: a cookie from signing in on A opens the dashboard on B', async () => {
    const session = await signIn(a);
    const onB = await fetch(`${b.url}/dashboard`, { headers: { cookie: session }, redirect: 'manual' });
    await onB.arrayBuffer();
    expect(onB.status, `B answered ${onB.status} ${onB.headers.get('location') ?? ''}`).toBe(200);
    const who = (await (await fetch(`${b.url}/api/auth/session`, { headers: { cookie: session } })).json()) as { user?: { email?: string } };
    expect(who.user?.email).toBe(EMAIL);
  });

  it('serve an image uploaded through A from B, every rendition', async () => {
    const session = await signIn(a);
    const picture = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 20, g: 90, b: 130 } } })
      .composite([{ input: Buffer.from('<svg width="1600" height="1000"><circle cx="800" cy="500" r="300" fill="#e8b830"/></svg>') }])
      .jpeg()
      .toBuffer();
    // As the dashboard's media picker sends it (features/media/upload-client.ts): same-origin multipart.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(picture)], { type: 'image/jpeg' }), 'quay.jpg');
    form.append('alt', 'The quay at low tide');
    const res = await fetch(`${a.url}/api/media`, { method: 'POST', body: form, headers: { cookie: session, origin: a.url } });
    const uploaded = (await res.json()) as { id?: number; url?: string; error?: string };
    expect(res.status, JSON.stringify(uploaded)).toBe(201);

    const [row] = await connection.db.select().from(media).where(eq(media.id, uploaded.id!));
    expect(row!.variants.length).toBeGreaterThanOrEqual(8);
    for (const variant of row!.variants) {
      const served = await fetch(`${b.url}/media/${row!.storageKey}/${variant.file}`);
      expect(served.status, variant.file).toBe(200);
      expect(served.headers.get('content-type'), variant.file).toBe(variant.mime);
      const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect([meta.width, meta.height], variant.file).toEqual([variant.width, variant.height]);
    }
    // The picker's own URL for it, too.
    expect((await fetch(`${b.url}${uploaded.url}`)).status).toBe(200);
  });
});
