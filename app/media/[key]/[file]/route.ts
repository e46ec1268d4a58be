import { Readable } from 'node:stream';
import { mediaStorage } from '@/lib/media/storage';

const TYPES: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  avif: 'image/avif',
  gif: 'image/gif',
};

type Params = { params: Promise<{ key: string; file: string }> };

/** Serves stored image variants. Names are content-addressed per upload, so they are cached for a year. */
export async function GET(_request: Request, { params }: Params) {
  const { key, file } = await params;
  const type = TYPES[file.split('.').pop() ?? ''];
  const opened = type ? await mediaStorage().open(key, file) : null;
  if (!type || !opened) {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
  }
  return new Response(Readable.toWeb(opened.stream) as ReadableStream, {
    headers: {
      'content-type': type,
      'content-length': String(opened.size),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
}
