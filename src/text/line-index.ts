import type { Position } from "../types.js";

/** The index of the last of the sorted `starts` at or before `offset` (0 when none is). */
export function indexAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offset → 1-based line and column, the lines found once. */
export function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    const index = indexAtOrBefore(starts, offset);
    return { line: index + 1, column: offset - starts[index] + 1 };
  };
}
