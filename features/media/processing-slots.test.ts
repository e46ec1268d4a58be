import { describe, expect, it } from 'vitest';
import { createSlots } from './processing-slots';

describe('createSlots', () => {
  it('runs at most `max` tasks at once, in arrival order, and survives failures', async () => {
    const run = createSlots(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const gates: (() => void)[] = [];
    const task = (n: number, fail = false) =>
      run(async () => {
        started.push(n);
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
        if (fail) throw new Error(`task ${n} failed`);
        return n;
      });
    const results = [task(1, true), task(2), task(3), task(4)].map((p) => p.catch((e: Error) => e.message));
    const flush = () => new Promise((r) => setTimeout(r, 0));
    await flush();
    expect(started).toEqual([1, 2]);
    while (gates.length) {
      gates.shift()!();
      await flush();
    }
    await flush();
    while (gates.length) {
      gates.shift()!();
      await flush();
    }
    expect(await Promise.all(results)).toEqual(['task 1 failed', 2, 3, 4]);
    expect(started).toEqual([1, 2, 3, 4]);
    expect(peak).toBe(2);
  });
});
