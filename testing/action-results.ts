import type { ActionResult } from '@/features/actions/result';

/** The successful answer of a server action, or a test failure that says what came back instead. */
export function succeeded<T>(result: ActionResult<T>): Extract<ActionResult<T>, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result;
}

/** The data of a successful answer (see succeeded). */
export function ok<T>(result: ActionResult<T>): T {
  return succeeded(result).data;
}
