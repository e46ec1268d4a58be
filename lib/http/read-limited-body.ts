type LimitedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; received: number };

/**
 * Reads a request body into memory, but never more than `limit` bytes: a client that lied about
 * Content-Length, or sent none (chunked), is stopped as soon as it passes the limit instead of
 * after the whole body has arrived.
 */
export async function readLimitedBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<LimitedBody> {
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      // Stop pulling: nothing more is buffered. The response goes out with the rest unread, and
      // Node drops the connection rather than reuse it with a half-read body on it.
      reader.releaseLock();
      return { ok: false, received };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
