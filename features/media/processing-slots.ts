/**
 * Re-encoding a large photo into eight renditions keeps a core busy for seconds and holds the
 * decoded pixels in memory. A newsroom dropping twenty photos at once would otherwise start
 * twenty of those together; here they queue, and readers' pages keep getting CPU.
 */
export function createSlots(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    // Hand the slot straight to the next in line, so `active` never dips and lets a newcomer jump the queue.
    if (next) next();
    else active--;
  };
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  };
}

export const withProcessingSlot = createSlots(2);
