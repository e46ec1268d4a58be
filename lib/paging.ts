/** One page of a longer list, as every listing (public, newsroom, media, audit, search) returns it. */
export type Paged<T> = { items: T[]; page: number; pageSize: number; total: number; pages: number };

/** How many pages `total` items fill; an empty list still has its one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Rows to skip to reach `page` (1-based). */
export function offsetOf(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

export function paged<T>(items: T[], page: number, pageSize: number, total: number): Paged<T> {
  return { items, page, pageSize, total, pages: pageCount(total, pageSize) };
}
