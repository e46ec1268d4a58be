/**
 * PostgreSQL write-ahead-log positions (pg_lsn), as the server prints them: two hexadecimal
 * halves, "16/B374D848". Compared as numbers, never as text: "9/0" sorts after "16/0" as a string.
 */
const LSN = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/;

/** The position as one number, or null for anything that is not an LSN (a null from the server). */
export function parseLsn(value: unknown): bigint | null {
  if (typeof value !== 'string') return null;
  const match = LSN.exec(value.trim());
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** True when a server that has replayed up to `replayed` holds everything written up to `target`. */
export function hasReplayed(replayed: bigint | null, target: bigint): boolean {
  return replayed !== null && replayed >= target;
}

/** The later of two positions (the one a replica must reach to hold both). */
export function laterLsn(a: bigint | null, b: bigint): bigint {
  return a === null || b > a ? b : a;
}
