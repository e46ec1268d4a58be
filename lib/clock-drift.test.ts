import { afterEach, describe, expect, it, vi } from 'vitest';
import { alignPerformanceClock, appliedClockCorrection, measureClockDrift } from './clock-drift';

afterEach(() => {
  vi.restoreAllMocks();
  // Back to the native clock for other tests in this worker.
  delete (performance as { timeOrigin?: number }).timeOrigin;
});

describe('performance clock alignment', () => {
  it('brings timeOrigin + now() back to Date.now() after the wall clock ran ahead', () => {
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 75_000);
    expect(measureClockDrift()).toBeGreaterThan(74_000);
    expect(Math.abs(Date.now() - (performance.timeOrigin + performance.now()))).toBeGreaterThan(74_000);

    alignPerformanceClock();
    expect(Math.abs(Date.now() - (performance.timeOrigin + performance.now()))).toBeLessThan(50);
    expect(appliedClockCorrection()).toBeGreaterThan(74_000);
  });

  it('leaves an aligned clock alone', () => {
    alignPerformanceClock();
    expect(Math.abs(appliedClockCorrection())).toBeLessThan(50);
  });
});
