import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A page assembled from parts (the page around its fragments, each fragment) is compressed part by
 * part, once per version of each part: a raw deflate stream that ends with a full flush is byte
 * aligned and refers to nothing before it, so such streams placed one after another are one valid
 * deflate stream. Stitching them into a gzip member then costs a CRC over the bytes, not a
 * recompression of the whole page: after a publish every stored article page is re-assembled with
 * the new Latest News, and recompressing them all cost a tenth of the CPU on a news day.
 */
export type Piece = { raw: Buffer; deflated: Buffer };

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
// A final, empty block with fixed Huffman codes: ends the deflate stream.
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

export function piece(text: string): Piece {
  const raw = Buffer.from(text);
  return { raw, deflated: deflateRawSync(raw, { level: 6, finishFlush: constants.Z_FULL_FLUSH }) };
}

export function stitch(pieces: readonly Piece[]): { body: Buffer; gzip: Buffer } {
  const body = Buffer.concat(pieces.map((p) => p.raw));
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(body) >>> 0, 0);
  trailer.writeUInt32LE(body.length % 2 ** 32, 4);
  return { body, gzip: Buffer.concat([HEADER, ...pieces.map((p) => p.deflated), FINAL_BLOCK, trailer]) };
}
