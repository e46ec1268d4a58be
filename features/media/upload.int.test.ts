import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection } from '@/db/client';
import { getMediaItem } from '@/db/queries/media';
import { cleanupMediaFixtures, rememberMedia, testStaff, type TestStaff } from '@/testing/media-fixtures';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';

// Not BASE_URL: Vite sets that to its own public base path inside tests.
const baseUrl = process.env.TEST_BASE_URL!;

let editor: TestStaff;
let contributor: TestStaff;

beforeAll(async () => {
  expect(baseUrl, 'TEST_BASE_URL of the running test server').toBeTruthy();
  editor = await testStaff('editor');
  contributor = await testStaff('contributor');
});

afterAll(async () => {
  await cleanupMediaFixtures();
  await closeConnection();
});

type Upload = { bytes: Uint8Array; name: string; type?: string; fields?: Record<string, string> };

async function upload(file: Upload, options: { as?: TestStaff | null; origin?: string | null } = {}) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  for (const [k, v] of Object.entries(file.fields ?? {})) form.append(k, v);
  const headers: Record<string, string> = {};
  const as = options.as === undefined ? editor : options.as;
  if (as) headers.cookie = as.cookie;
  const origin = options.origin === undefined ? baseUrl : options.origin;
  if (origin) headers.origin = origin;
  const res = await fetch(`${baseUrl}/api/media`, { method: 'POST', body: form, headers });
  const body = (await res.json()) as Record<string, unknown> & { id?: number; error?: string; warnings?: string[] };
  if (typeof body.id === 'number') rememberMedia(body.id);
  return { status: res.status, body };
}

const canvas = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 140 } } }).composite([
    // Some detail, so encoders produce ordinary files rather than degenerate flat ones.
    { input: Buffer.from(`<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#e8b830"/></svg>`) },
  ]);

async function image(format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif', width = 1600, height = 1000): Promise<Buffer> {
  return canvas(width, height).toFormat(format).toBuffer();
}

async function expectHealthy() {
  const res = await fetch(`${baseUrl}/api/health`);
  expect(res.status).toBe(200);
}

describe('POST /api/media', () => {
  it.each(['jpeg', 'png', 'webp', 'avif', 'gif'] as const)('accepts a %s and serves every rendition with its content type and nosniff', async (format) => {
    const { status, body } = await upload({ bytes: await image(format), name: `harbour.${format}`, fields: { alt: `Harbour at dusk (${format})` } });
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body.alt).toBe(`Harbour at dusk (${format})`);
    expect(body.url).toMatch(/^\/media\/[0-9a-f-]{36}\/original\.webp$/);
    const item = (await getMediaItem(body.id!))!;
    expect(item.uploadedBy).toBe(editor.id);
    expect(item.originalName).toBe(`harbour.${format}`);
    expect(item.variants.some((v) => v.width >= 1200)).toBe(true);
    for (const variant of item.variants) {
      const res = await fetch(`${baseUrl}/media/${item.storageKey}/${variant.file}`);
      expect(res.status, variant.file).toBe(200);
      expect(res.headers.get('content-type')).toBe(variant.mime);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const served = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(`image/${served.format}`).toBe(variant.mime);
      expect([served.width, served.height]).toEqual([variant.width, variant.height]);
    }
  });

  it('strips EXIF, including GPS position and the photographer’s name, from every stored rendition', async () => {
    const withGps = await canvas(1600, 1200)
      .withExif({
        IFD0: { Artist: 'Secret Photographer', Make: 'TestCam' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 47/1 2/1', GPSLongitudeRef: 'W', GPSLongitude: '1/1 33/1 1/1' },
      })
      .jpeg()
      .toBuffer();
    // The source really carries it: the EXIF block with the GPS IFD pointer (tag 0x8825) and the name.
    const exif = (await sharp(withGps).metadata()).exif!;
    expect(exif).toBeDefined();
    expect(exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(withGps.includes('Secret Photographer')).toBe(true);

    const { status, body } = await upload({ bytes: withGps, name: 'located.jpg' });
    expect(status, JSON.stringify(body)).toBe(201);
    const item = (await getMediaItem(body.id!))!;
    expect(item.variants.length).toBeGreaterThan(5);
    for (const variant of item.variants) {
      const bytes = Buffer.from(await (await fetch(`${baseUrl}/media/${item.storageKey}/${variant.file}`)).arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, variant.file).toBeUndefined();
      expect(meta.xmp, variant.file).toBeUndefined();
      expect(bytes.includes('Secret Photographer'), variant.file).toBe(false);
      expect(bytes.includes('TestCam'), variant.file).toBe(false);
    }
  });

  it('decides the type by content: a PNG named .jpg is accepted, an SVG or an HTML page named .png is refused', async () => {
    const renamed = await upload({ bytes: await image('png'), name: 'really-a-png.jpg', type: 'image/jpeg' });
    expect(renamed.status).toBe(201);

    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><script>alert(1)</script></svg>');
    const html = new TextEncoder().encode('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
    for (const bad of [
      { bytes: svg, name: 'logo.svg', type: 'image/svg+xml' },
      { bytes: svg, name: 'logo.png', type: 'image/png' },
      { bytes: html, name: 'cat.png', type: 'image/png' },
    ]) {
      const { status, body } = await upload(bad);
      expect(status, bad.name).toBe(415);
      expect(body.error).toBe('This file is not a JPEG, PNG, WebP, AVIF or GIF image.');
    }
  });

  it('refuses a decompression bomb: a small PNG declaring 20000 × 20000 pixels', async () => {
    const width = 20_000;
    const height = 20_000;
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale
    // Every row is a filter byte plus width/8 zero bytes: 50 MB of pixels deflates to a few dozen KB.
    const idat = deflateSync(Buffer.alloc((width / 8 + 1) * height), { level: 9 });
    const chunk = (type: string, data: Buffer) => {
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      out.write(type, 4, 'ascii');
      data.copy(out, 8);
      return out; // CRCs left zero: the size check must refuse the file before any chunk is verified.
    };
    const bomb = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { status, body } = await upload({ bytes: bomb, name: 'bomb.png' });
    expect(status).toBe(400);
    expect(body.error).toBe('This image is too large in pixels (max 40 megapixels). Resize it and try again.');
    await expectHealthy();
  });

  it('refuses more than 10 MB with 413, by Content-Length, by counting a chunked body, and by file size, and keeps serving', async () => {
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const declared = await upload({ bytes: big, name: 'huge.jpg' });
    expect(declared.status).toBe(413);
    expect(declared.body.error).toMatch(/^Images can be at most 10 MB/);
    await expectHealthy();

    // No Content-Length: the server has to count while reading.
    const boundary = 'northgate-test-boundary';
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    let sent = 0;
    const chunked = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        // Bounded: at most 16 MB are ever offered, whatever the server does.
        if (sent >= 16 * 1024 * 1024) return controller.close();
        controller.enqueue(new Uint8Array(256 * 1024));
        sent += 256 * 1024;
      },
    });
    let status = 0;
    try {
      const res = await fetch(`${baseUrl}/api/media`, {
        method: 'POST',
        body: chunked,
        duplex: 'half',
        headers: { cookie: editor.cookie, origin: baseUrl, 'content-type': `multipart/form-data; boundary=${boundary}` },
      } as RequestInit);
      status = res.status;
      await res.body?.cancel();
    } catch {
      // The server may close the connection while the client is still sending; that is a refusal too.
      status = -1;
    }
    expect([413, -1]).toContain(status);
    await expectHealthy();

    // Just over the limit, inside a request small enough to be read: the file's own size decides.
    const justOver = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    justOver.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const file = await upload({ bytes: justOver, name: 'just-over.png' });
    expect(file.status).toBe(413);
    await expectHealthy();
  });

  it('needs a session (401), the site’s own Origin (403), and lets a contributor upload', async () => {
    const bytes = await image('jpeg', 1200, 800);
    const anonymous = await upload({ bytes, name: 'anon.jpg' }, { as: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toMatch(/Sign in again/);

    const foreign = await upload({ bytes, name: 'csrf.jpg' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const missing = await upload({ bytes, name: 'csrf.jpg' }, { origin: null });
    expect(missing.status).toBe(403);

    const own = await upload({ bytes, name: 'contributed.jpg' }, { as: contributor });
    expect(own.status).toBe(201);
    expect((await getMediaItem(own.body.id!))!.uploadedBy).toBe(contributor.id);
  });

  it('accepts a narrow image with a warning, refuses a tiny one and a damaged one', async () => {
    const narrow = await upload({ bytes: await image('png', 800, 600), name: 'chart.png' });
    expect(narrow.status).toBe(201);
    expect(narrow.body.warnings?.[0]).toMatch(/^Narrower than 1200 px/);
    expect(narrow.body.width).toBe(800);

    const tiny = await upload({ bytes: await image('png', 40, 40), name: 'icon.png' });
    expect(tiny.status).toBe(400);
    expect(tiny.body.error).toMatch(/too small/);

    const whole = await image('jpeg');
    const damaged = await upload({ bytes: whole.subarray(0, Math.floor(whole.length / 3)), name: 'cut.jpg' });
    expect(damaged.status).toBe(400);
    expect(damaged.body.error).toMatch(/could not be read/);
  });
});

describe('GET /api/media', () => {
  it('lists and searches the library for staff only, taking % and _ literally', async () => {
    const word = `kittiwake${Date.now().toString(36)}`;
    const created = await upload({ bytes: await image('webp', 1400, 900), name: 'cliffs.webp', fields: { alt: `A ${word} on the cliffs`, credit: '100%_Agency' } });
    expect(created.status).toBe(201);

    const search = async (q: string, cookie: string | null = editor.cookie) =>
      fetch(`${baseUrl}/api/media?${new URLSearchParams({ q })}`, { headers: cookie ? { cookie } : {} });
    const found = (await (await search(word.toUpperCase())).json()) as { items: { id: number; canEdit: boolean }[]; total: number };
    expect(found.total).toBe(1);
    expect(found.items[0]!.id).toBe(created.body.id);
    expect(found.items[0]!.canEdit).toBe(true);

    const asContributor = (await (await search(word, contributor.cookie)).json()) as { items: { canEdit: boolean }[] };
    expect(asContributor.items[0]!.canEdit).toBe(false);

    const literal = (await (await search(`${word.slice(0, 4)}%_`)).json()) as { total: number };
    expect(literal.total).toBe(0);
    const percent = (await (await search('100%_Agency')).json()) as { items: { id: number }[] };
    expect(percent.items.map((i) => i.id)).toContain(created.body.id);

    expect((await search(word, null)).status).toBe(401);
  });
});
