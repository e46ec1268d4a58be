import { describe, expect, it } from 'vitest';
import { readLimitedBody } from './read-limited-body';

function streamOf(chunks: number[], onPull?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull?.();
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!).fill(7));
      else controller.close();
    },
  });
}

describe('readLimitedBody', () => {
  it('returns the whole body when it fits', async () => {
    const result = await readLimitedBody(streamOf([3, 4, 5]), 12);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.bytes.byteLength).toBe(12);
  });

  it('stops reading as soon as the limit is passed', async () => {
    let pulls = 0;
    const result = await readLimitedBody(streamOf([5, 5, 5, 5, 5, 5, 5, 5], () => pulls++), 12);
    expect(result).toEqual({ ok: false, received: 15 });
    // Three chunks crossed the limit; the stream was not drained to its end.
    expect(pulls).toBeLessThan(6);
  });

  it('treats a missing body as empty', async () => {
    const result = await readLimitedBody(null, 10);
    expect(result.ok && result.bytes.byteLength).toBe(0);
  });
});
