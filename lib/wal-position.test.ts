import { describe, expect, it } from 'vitest';
import { hasReplayed, laterLsn, parseLsn } from './wal-position';

describe('WAL positions', () => {
  it('reads both halves as hexadecimal', () => {
    expect(parseLsn('0/0')).toBe(0n);
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseLsn('FFFFFFFF/FFFFFFFF')).toBe(2n ** 64n - 1n);
  });

  it('compares as numbers, not as text', () => {
    // As strings "9/0" > "16/0"; as positions 9/0 comes first.
    expect(hasReplayed(parseLsn('9/0'), parseLsn('16/0')!)).toBe(false);
    expect(hasReplayed(parseLsn('16/0'), parseLsn('9/FFFFFFFF')!)).toBe(true);
    expect(hasReplayed(parseLsn('0/A'), parseLsn('0/A')!)).toBe(true);
    expect(hasReplayed(parseLsn('0/9'), parseLsn('0/A')!)).toBe(false);
  });

  it('treats a missing replay position (not a standby) as not replayed', () => {
    expect(parseLsn(null)).toBeNull();
    expect(hasReplayed(null, 0n)).toBe(false);
  });

  it.each(['', '0', '0/', '/0', '0/0/0', '1G/0', '123456789/0', 42])('refuses %j', (value) => {
    expect(parseLsn(value)).toBeNull();
  });

  it('keeps the later of two targets', () => {
    expect(laterLsn(null, 5n)).toBe(5n);
    expect(laterLsn(7n, 5n)).toBe(7n);
    expect(laterLsn(3n, 5n)).toBe(5n);
  });
});
