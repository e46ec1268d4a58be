// Shared through globalThis between the app's pool (bundled by Next) and the HTTP server around
// it (not bundled), which cannot import each other's module instances.
const KEY = '__northgateDbFailureAt';
type Holder = { [KEY]?: number };

/** Called by the app's pool when a connection to the database fails or drops. */
export function markDatabaseFailure(): void {
  (globalThis as Holder)[KEY] = Date.now();
}

/** True when a connection failed within the last `withinMs` milliseconds. */
export function recentDatabaseFailure(withinMs = 3000): boolean {
  const at = (globalThis as Holder)[KEY];
  return at !== undefined && Date.now() - at < withinMs;
}
