import { describe, expect, it } from 'vitest';
import { decodeChange, encodeChange, MAX_PARTS, MAX_PAYLOAD_BYTES, type Sender } from './broadcast-payload';
import { changeOf } from './change';
import { TAG } from './tags';

const sender: Sender = { instance: 'web-1:3001', boot: '0123456789abcdef' };
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function decodeAll(payloads: string[]) {
  return payloads.map((p) => {
    const decoded = decodeChange(p);
    if (!decoded.ok) throw new Error(`did not decode: ${decoded.error}`);
    return decoded.received;
  });
}

describe('a change as notifications', () => {
  it('goes out as one notification that reads back as the same change, with its sender', () => {
    const change = changeOf(['article:12', 'home', 'section:city'], 'article 12 published');
    const payloads = encodeChange(change, sender);
    expect(payloads).toHaveLength(1);
    const [received] = decodeAll(payloads);
    expect(received).toEqual({ sender, change: { tags: change.tags, reason: 'article 12 published' } });
  });

  it('never carries the scope: what a receiver announces is its own decision', () => {
    const [received] = decodeAll(encodeChange({ ...changeOf(['home'], 'x'), scope: 'cluster' }, sender));
    expect(received!.change).not.toHaveProperty('scope');
  });

  it('splits many tags over several notifications, each under PostgreSQL’s 8000-byte limit, losing none', () => {
    const tags = Array.from({ length: 900 }, (_, i) => `article-slug:a-rather-long-story-slug-number-${i}`);
    const payloads = encodeChange(changeOf(tags, 'a big batch'), sender);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.length).toBeLessThanOrEqual(MAX_PARTS);
    for (const p of payloads) expect(bytes(p)).toBeLessThan(MAX_PAYLOAD_BYTES);
    const received = decodeAll(payloads);
    expect(received.flatMap((r) => r.change.tags)).toEqual([...tags, TAG.search]);
    expect(new Set(received.map((r) => r.change.reason))).toEqual(new Set(['a big batch']));
  });

  it('counts bytes, not characters, for tags outside ASCII', () => {
    const tags = Array.from({ length: 600 }, (_, i) => `tag:ørsted-færøerne-日本-${i}`);
    const payloads = encodeChange(changeOf(tags, 'unicode'), sender);
    for (const p of payloads) expect(bytes(p)).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(decodeAll(payloads).flatMap((r) => r.change.tags)).toHaveLength(tags.length + 1);
  });

  it('sends "everything changed" instead of more than MAX_PARTS notifications', () => {
    const tags = Array.from({ length: 5000 }, (_, i) => `article-slug:another-long-story-slug-${i}-${'x'.repeat(20)}`);
    const payloads = encodeChange(changeOf(tags, 'an enormous batch'), sender);
    expect(payloads).toHaveLength(1);
    const [received] = decodeAll(payloads);
    expect(received!.change.tags).toEqual([TAG.all]);
    expect(received!.change.reason).toContain('an enormous batch');
  });

  it('sends "everything changed" for a tag the receivers would refuse, rather than a notification they would drop', () => {
    const [received] = decodeAll(encodeChange(changeOf(['home', `tag:${'y'.repeat(300)}`], 'odd tag'), sender));
    expect(received!.change.tags).toEqual([TAG.all]);
  });

  it('shortens a long reason (it is for logs) so the notification still reads back', () => {
    const [received] = decodeAll(encodeChange(changeOf(['home'], 'r'.repeat(5000)), sender));
    expect(received!.change.reason.length).toBeLessThanOrEqual(200);
  });
});

describe('a received notification', () => {
  const good = JSON.parse(encodeChange(changeOf(['home'], 'ok'), sender)[0]!) as Record<string, unknown>;
  it.each([
    ['not JSON', 'home,latest'],
    ['a truncated payload', JSON.stringify(good).slice(0, 30)],
    ['another version', JSON.stringify({ ...good, v: 2 })],
    ['no tags', JSON.stringify({ ...good, tags: [] })],
    ['a tag that is not text', JSON.stringify({ ...good, tags: ['home', 7] })],
    ['an empty tag', JSON.stringify({ ...good, tags: [''] })],
    ['no sender', JSON.stringify({ ...good, from: undefined })],
    ['an unknown field', JSON.stringify({ ...good, scope: 'cluster' })],
    ['a JSON value that is not an object', '"home"'],
  ])('is refused when it is %s', (_what, text) => {
    const decoded = decodeChange(text);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).not.toBe('');
  });
});
