const HOUR_MS = 3_600_000;

export type HourlyRow = { articleId: number; hour: string; views: number; visitors: number };

/** The start of the UTC hour a moment falls in. */
export const hourOf = (ms: number) => new Date(Math.floor(ms / HOUR_MS) * HOUR_MS).toISOString();

/**
 * Views counted in memory between two database writes: one row per story and hour, whatever the
 * traffic, so a spike costs nothing more than a map update per view.
 *
 * A reader counts as a visitor once per story per day, in the hour of their first view: the ids
 * seen today are kept (in memory only) until the day ends. Both maps are bounded; past the bounds,
 * views of stories not yet in the batch and new visitor ids are dropped rather than letting made-up
 * ids grow memory without end.
 */
export function createTally(options: { maxRows?: number; maxVisitorIds?: number } = {}) {
  const maxRows = options.maxRows ?? 50_000;
  const maxVisitorIds = options.maxVisitorIds ?? 1_000_000;
  let rows = new Map<string, HourlyRow>();
  let seenDay = -1;
  let seen = new Set<string>();

  const rowFor = (articleId: number, hour: string): HourlyRow | null => {
    const key = `${articleId}@${hour}`;
    let row = rows.get(key);
    if (!row) {
      if (rows.size >= maxRows) return null;
      row = { articleId, hour, views: 0, visitors: 0 };
      rows.set(key, row);
    }
    return row;
  };

  return {
    /** One view; `visitor` is the reader's id for the day (./visitor-hash.ts). */
    count(articleId: number, at: number, visitor: { day: number; id: string }): boolean {
      const row = rowFor(articleId, hourOf(at));
      if (!row) return false;
      row.views++;
      if (visitor.day !== seenDay) {
        seenDay = visitor.day;
        seen = new Set();
      }
      if (!seen.has(visitor.id) && seen.size < maxVisitorIds) {
        seen.add(visitor.id);
        row.visitors++;
      }
      return true;
    },
    /** Everything counted since the last take, emptied. */
    take(): HourlyRow[] {
      const out = [...rows.values()];
      rows = new Map();
      return out;
    },
    /** A batch that could not be written goes back, added to what came in meanwhile. */
    giveBack(batch: HourlyRow[]): void {
      for (const r of batch) {
        const row = rowFor(r.articleId, r.hour);
        if (!row) return;
        row.views += r.views;
        row.visitors += r.visitors;
      }
    },
    pending(): number {
      return rows.size;
    },
  };
}

export type Tally = ReturnType<typeof createTally>;
