/** "Most read" changes only when the stories in it or their order do, not when counts merely grow. */
export function sameTopList(a: readonly number[] | null, b: readonly number[]): boolean {
  return a !== null && a.length === b.length && a.every((id, i) => id === b[i]);
}
