import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sniffImageType, type AcceptedImageType } from './sniff';

const FORMATS = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'avif', 'image/gif': 'gif' } as const;

// Real files from a real encoder, so the test checks the signatures encoders actually write.
const files = new Map<AcceptedImageType, Buffer>();
beforeAll(async () => {
  const canvas = sharp({ create: { width: 24, height: 16, channels: 3, background: '#1b6f8a' } });
  for (const [type, format] of Object.entries(FORMATS)) {
    files.set(type as AcceptedImageType, await canvas.clone().toFormat(format).toBuffer());
  }
});

const text = (s: string) => new TextEncoder().encode(s);

describe('sniffImageType', () => {
  it.each(Object.keys(FORMATS) as AcceptedImageType[])('recognises a real %s file by its bytes', (type) => {
    expect(sniffImageType(files.get(type)!)).toBe(type);
  });

  it('recognises hand-written signatures of each type', () => {
    const pad = (bytes: number[], length = 32) => Uint8Array.from([...bytes, ...new Array(Math.max(0, length - bytes.length)).fill(0)]);
    expect(sniffImageType(pad([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(pad([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...text('IHDR')]))).toBe('image/png');
    expect(sniffImageType(pad([...text('GIF87a'), 1, 0, 1, 0]))).toBe('image/gif');
    expect(sniffImageType(pad([...text('RIFF'), 0, 0, 0, 0, ...text('WEBPVP8L')]))).toBe('image/webp');
    // AVIF named only among the compatible brands, as some encoders write it.
    expect(sniffImageType(pad([0, 0, 0, 24, ...text('ftypmif1'), 0, 0, 0, 0, ...text('mif1avif')]))).toBe('image/avif');
    expect(sniffImageType(pad([0, 0, 0, 16, ...text('ftypavis'), 0, 0, 0, 0]))).toBe('image/avif');
  });

  it('decides by content, not by name: a PNG called photo.jpg is a PNG', () => {
    const renamed = new File([new Uint8Array(files.get('image/png')!)], 'photo.jpg', { type: 'image/jpeg' });
    return renamed.arrayBuffer().then((buffer) => expect(sniffImageType(new Uint8Array(buffer))).toBe('image/png'));
  });

  it('refuses SVG, HTML and scripts whatever they are called', () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>';
    expect(sniffImageType(text(svg))).toBeNull();
    expect(sniffImageType(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    // An HTML page named cat.png: the name says PNG, the bytes say markup.
    expect(sniffImageType(text('<!doctype html><html><script>alert(document.cookie)</script></html>'))).toBeNull();
    expect(sniffImageType(text('#!/bin/sh\nrm -rf /\n'))).toBeNull();
    expect(sniffImageType(text('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBeNull();
    expect(sniffImageType(text('GIF89'))).toBeNull();
  });

  it('refuses other containers and image formats that share a prefix', () => {
    const heic = Uint8Array.from([0, 0, 0, 24, ...text('ftypheic'), 0, 0, 0, 0, ...text('mif1heic')]);
    const mp4 = Uint8Array.from([0, 0, 0, 20, ...text('ftypisom'), 0, 0, 2, 0, ...text('isom')]);
    const wav = Uint8Array.from([...text('RIFF'), 0, 0, 0, 0, ...text('WAVEfmt ')]);
    const tiff = Uint8Array.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const bmp = Uint8Array.from([...text('BM'), ...new Array(30).fill(0)]);
    for (const bytes of [heic, mp4, wav, tiff, bmp]) expect(sniffImageType(bytes)).toBeNull();
  });

  it('refuses empty and truncated files', () => {
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
    for (const type of Object.keys(FORMATS) as AcceptedImageType[]) {
      const full = files.get(type)!;
      expect(sniffImageType(full.subarray(0, 3)), `${type} cut to 3 bytes`).toBeNull();
    }
    // A PNG signature without its header chunk, and an AVIF whose ftyp box runs past the end.
    expect(sniffImageType(files.get('image/png')!.subarray(0, 10))).toBeNull();
    expect(sniffImageType(files.get('image/avif')!.subarray(0, 20))).toBeNull();
    expect(sniffImageType(files.get('image/webp')!.subarray(0, 12))).toBeNull();
  });
});
