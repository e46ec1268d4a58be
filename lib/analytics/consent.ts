type Headers = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();

/**
 * A reader who asked not to be tracked (Global Privacy Control, or the older Do Not Track) is not
 * counted at all, not even as an anonymous view.
 */
export function optedOut(headers: Headers): boolean {
  return first(headers['sec-gpc']) === '1' || first(headers['dnt']) === '1';
}

/** A browser fetching ahead of a click (speculation rules, link prefetch): not a view. */
export function isPrefetch(headers: Headers): boolean {
  const purpose = `${first(headers['sec-purpose']) ?? ''} ${first(headers['purpose']) ?? ''} ${first(headers['x-moz']) ?? ''}`;
  return /prefetch|prerender/i.test(purpose);
}
