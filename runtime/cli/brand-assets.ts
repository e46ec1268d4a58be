// Regenerates the committed brand images in public/brand/ from the SVG mark: the publisher logo
// that structured data points at (Google wants a raster logo of at least 112 px) and the share
// cards used when a page has no picture of its own. Run with `npx tsx runtime/cli/brand-assets.ts`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const OUT = path.resolve('public/brand');
const INK = '#14171f';
const ACCENT = '#a8112a';
const PAPER = '#f7f4ee';

function card(width: number, height: number, mark: string): string {
  const size = Math.round(Math.min(width, height) * 0.42);
  const x = Math.round((width - size) / 2);
  const y = Math.round(height * 0.16);
  const titleY = y + size + Math.round(height * 0.14);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="100%" height="100%" fill="${PAPER}"/>
  <rect x="0" y="${height - 18}" width="100%" height="18" fill="${ACCENT}"/>
  <svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 512 512">${mark}</svg>
  <text x="50%" y="${titleY}" text-anchor="middle" font-family="DejaVu Serif, serif" font-weight="bold"
    font-size="${Math.round(width * 0.056)}" fill="${INK}">The Northgate Chronicle</text>
</svg>`;
}

async function main() {
  const logo = await readFile(path.join(OUT, 'logo.svg'), 'utf8');
  // The mark is the logo's drawing without its outer <svg> element, so cards can place it.
  const mark = logo.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  await sharp(Buffer.from(logo)).resize(512, 512).png({ compressionLevel: 9 }).toFile(path.join(OUT, 'logo.png'));
  const cards: [string, number, number][] = [
    ['share-16x9.png', 1200, 675],
    ['share-4x3.png', 1200, 900],
    ['share-1x1.png', 1200, 1200],
  ];
  for (const [file, w, h] of cards) {
    await sharp(Buffer.from(card(w, h, mark))).png({ compressionLevel: 9, palette: true }).toFile(path.join(OUT, file));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
