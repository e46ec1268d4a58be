// The public URLs of the running site, as a crawler finds them.

/** "Page 1 of N" as React renders it (text and numbers separated by `<!-- -->`); 1 when the listing has no pagination. */
export function listingPageCount(html: string): number {
  const m = /Page (?:<!-- -->)?\d+(?:<!-- -->)? of (?:<!-- -->)?(\d+)/.exec(html);
  return m ? Number(m[1]) : 1;
}
