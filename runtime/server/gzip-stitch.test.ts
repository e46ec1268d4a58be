import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { piece, stitch } from './gzip-stitch';

describe('stitch', () => {
  it('makes one gzip member of separately compressed parts that decompresses to their concatenation', () => {
    const page = 'Harbour wall repairs begin. '.repeat(400);
    const parts = [piece(`<html><body>${page}`), piece('<aside>Latest News: ferries, trams, the ħarbour 🚢</aside>'), piece(''), piece(`${page}</body></html>`)];
    const { body, gzip } = stitch(parts);
    expect(body.toString()).toBe(`<html><body>${page}<aside>Latest News: ferries, trams, the ħarbour 🚢</aside>${page}</body></html>`);
    expect(gunzipSync(gzip).equals(body)).toBe(true);
    // Compressed part by part, still far smaller than the page.
    expect(gzip.length).toBeLessThan(body.length / 10);
  });

  it('re-stitches with a new part without touching the others', () => {
    const around = [piece('<main>story</main>'), piece('</html>')];
    for (const news of ['one', 'two']) {
      const { gzip } = stitch([around[0]!, piece(`<aside>${news}</aside>`), around[1]!]);
      expect(gunzipSync(gzip).toString()).toBe(`<main>story</main><aside>${news}</aside></html>`);
    }
  });
});
