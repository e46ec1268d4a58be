/** An article id from a URL segment; null for anything that is not a plain positive integer. */
export function parseArticleId(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : null;
}

/** ?version=N on the history page. */
export function parseVersion(value: string | string[] | undefined): number | null {
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined ? null : parseArticleId(single);
}
