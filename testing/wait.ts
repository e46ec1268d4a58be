/**
 * Polls `condition` until it holds, every `intervalMs`, failing with `what` once `timeoutMs` has
 * passed. Tests wait for what they need with this instead of sleeping for a time that merely
 * usually suffices: on a busy two-core machine a fixed sleep is either too short (flaky) or wasted.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  { what, timeoutMs = 30_000, intervalMs = 250 }: { what: string; timeoutMs?: number; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
