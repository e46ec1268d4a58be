import { TAG } from '@/lib/changes/tags';

/**
 * How cache tags travel to the HTTP cache in front (Varnish with vmod_xkey, deploy/varnish/): a
 * cacheable public response lists its tags in an `xkey` response header, and a purge lists the
 * changed tags in an `xkey` request header. xkey separates keys by spaces or commas.
 */
export const XKEY_HEADER = 'xkey';

// Tags are built from slugs and ids (lib/changes/tags.ts); anything else could split or break the header.
const SAFE_TAG = /^[A-Za-z0-9:._/-]{1,256}$/;

/**
 * The xkey header for a response showing `tags`, or null when it must not be cached in front:
 * its tags are unknown, or one cannot be written (it could then never be purged by it). Every
 * value carries TAG.all, so purging TAG.all removes every copy.
 */
export function xkeyValue(tags: ReadonlySet<string> | null): string | null {
  if (tags === null || tags.size === 0) return null;
  const all = new Set([TAG.all, ...tags]);
  for (const tag of all) if (!SAFE_TAG.test(tag)) return null;
  return [...all].join(' ');
}

/** The tags of one purge, cut into header values Varnish accepts (its default header limit is 8 KiB). */
export function purgeHeaderValues(tags: Iterable<string>, maxLength = 4000): string[] {
  const values: string[] = [];
  let current = '';
  for (const tag of new Set(tags)) {
    if (!SAFE_TAG.test(tag)) continue;
    if (current && current.length + 1 + tag.length > maxLength) {
      values.push(current);
      current = '';
    }
    current = current ? `${current} ${tag}` : tag;
  }
  if (current) values.push(current);
  return values;
}
