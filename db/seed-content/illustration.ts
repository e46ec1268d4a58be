import sharp from 'sharp';

/** Small deterministic PRNG so every seed run draws the same picture for the same story. */
function prng(seed: string) {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h += 0x6d2b79f5;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An abstract 16:9 illustration (gradient sky, sun, layered hills or waves) in the section's hue.
 * Rendered from SVG by sharp; no fonts or network needed.
 */
export async function drawIllustration(seed: string, hue: number, width = 1600, height = 900): Promise<Buffer> {
  const rand = prng(seed);
  const h2 = (hue + 30 + Math.floor(rand() * 60)) % 360;
  const sky1 = `hsl(${hue} 55% ${70 + Math.floor(rand() * 15)}%)`;
  const sky2 = `hsl(${h2} 60% ${40 + Math.floor(rand() * 15)}%)`;
  const sunX = Math.floor(width * (0.2 + rand() * 0.6));
  const sunY = Math.floor(height * (0.2 + rand() * 0.25));
  const sunR = Math.floor(height * (0.08 + rand() * 0.08));
  const layers: string[] = [];
  const count = 4 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) {
    const base = height * (0.45 + (i / count) * 0.5);
    const amp = height * (0.03 + rand() * 0.08);
    const freq = 1 + rand() * 2.5;
    const phase = rand() * Math.PI * 2;
    let d = `M0 ${height} L0 ${base.toFixed(1)}`;
    for (let x = 0; x <= width; x += 40) {
      const y = base + Math.sin((x / width) * Math.PI * 2 * freq + phase) * amp;
      d += ` L${x} ${y.toFixed(1)}`;
    }
    d += ` L${width} ${height} Z`;
    const light = 55 - i * (35 / count);
    layers.push(`<path d="${d}" fill="hsl(${(hue + i * 8) % 360} 45% ${light.toFixed(0)}%)" opacity="0.92"/>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky1}"/><stop offset="1" stop-color="${sky2}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${sunX}" cy="${sunY}" r="${sunR}" fill="hsl(${(hue + 180) % 360} 80% 85%)" opacity="0.85"/>
  ${layers.join('\n  ')}
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
