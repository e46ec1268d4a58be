import { z } from 'zod';
import { everything, type Change } from './change';

/**
 * What one instance tells the others about a change it committed, as the text of a PostgreSQL
 * notification (db/change-channel.ts). PostgreSQL refuses a payload of 8000 bytes or more, so a
 * change with many tags goes out in several notifications, each a complete change with a share of
 * the tags (expiring tags is idempotent and order-free, so the parts need no reassembly). A change
 * that would need more than MAX_PARTS goes out as "everything changed": one notification that
 * cannot be misread.
 */

/** Below PostgreSQL's 8000-byte limit, with room to spare. */
export const MAX_PAYLOAD_BYTES = 7800;
export const MAX_PARTS = 16;
const MAX_REASON_CHARS = 200;
const MAX_TAG_CHARS = 256;

const clip = (reason: string) => (reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS - 1)}…` : reason);

/** Who sent a notification: the instance (for people) and the process (so a process knows its own). */
export type Sender = {
  /** INSTANCE_ID. */
  instance: string;
  /** Random per process start: two processes given the same INSTANCE_ID still tell each other apart. */
  boot: string;
};

const payloadSchema = z
  .object({
    v: z.literal(1),
    from: z.string().min(1).max(64),
    boot: z.string().min(1).max(64),
    reason: z.string().max(MAX_REASON_CHARS),
    // 8000 bytes hold at most 2000 one-letter tags ("a",).
    tags: z.array(z.string().min(1).max(MAX_TAG_CHARS)).min(1).max(2000),
  })
  .strict();

export type Received = { sender: Sender; change: Change };

function payload(sender: Sender, reason: string, tags: readonly string[]): string {
  return JSON.stringify({ v: 1, from: sender.instance, boot: sender.boot, reason, tags });
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The notifications that carry `change` (at least one, each under MAX_PAYLOAD_BYTES). */
export function encodeChange(change: Change, sender: Sender): string[] {
  const reason = clip(change.reason);
  const instead = (why: string) => [payload(sender, clip(`${why}: ${change.reason}`), everything(why).tags)];
  const base = bytes(payload(sender, reason, []));
  const parts: string[][] = [];
  let current: string[] = [];
  let size = base;
  for (const tag of change.tags) {
    if (tag.length > MAX_TAG_CHARS) return instead('a tag too long to send');
    // A tag in the array costs its JSON text plus a comma.
    const cost = bytes(JSON.stringify(tag)) + 1;
    if (size + cost >= MAX_PAYLOAD_BYTES) {
      parts.push(current);
      current = [];
      size = base;
    }
    current.push(tag);
    size += cost;
  }
  if (current.length) parts.push(current);
  if (parts.length > MAX_PARTS) return instead('too many tags to send one by one');
  return parts.map((tags) => payload(sender, reason, tags));
}

/** A notification's text as a change, or why it is not one (an older or foreign sender, a truncated payload). */
export function decodeChange(text: string): { ok: true; received: Received } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ') };
  }
  const { from, boot, reason, tags } = parsed.data;
  return { ok: true, received: { sender: { instance: from, boot }, change: { tags, reason } } };
}
