const ABBREVIATIONS = new Set(
  "mr mrs ms dr st gen sen rep gov lt col sgt capt prof rev jr sr no vs etc co corp inc ltd dept univ fig approx est jan feb mar apr jun jul aug sep sept oct nov dec mt ft cmdr adm maj brig cpl pvt amb det hon pres supt insp messrs".split(" "),
);

/**
 * Offsets where sentences start in a stretch of masked prose. A full stop after an
 * abbreviation (Mr., Gen.), an initial (C.) or a dotted acronym (U.S.) does not end a sentence.
 */
export function sentenceStarts(frame: string, start: number, end: number): number[] {
  const starts = [start];
  // (?=(…))\1 takes the run of stops atomically: a plain [.!?]+ backtracks quadratically on "!!!!…".
  const boundary = /(?=([.!?]+))\1["”’)\]]*\s+(?=["“‘(\[█]?[\p{Lu}\p{N}█"“])/gu;
  boundary.lastIndex = start;
  for (let match = boundary.exec(frame); match && match.index + match[0].length < end; match = boundary.exec(frame)) {
    const before = /([\p{L}.]+)$/u.exec(frame.slice(Math.max(start, match.index - 12), match.index))?.[1] ?? "";
    const word = before.replace(/\.$/, "").toLowerCase();
    const isInitial = /^\p{Lu}$/u.test(before);
    const isAcronym = /^(?:\p{L}\.)+\p{L}$/u.test(before);
    if (match[0][0] === "." && (ABBREVIATIONS.has(word) || isInitial || isAcronym)) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The start of the sentence holding `offset`, given the sorted sentence starts. */
export function sentenceAt(starts: readonly number[], offset: number): number {
  return starts[indexAtOrBefore(starts, offset)];
}

function indexAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offset → 1-based line and column. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    const index = indexAtOrBefore(starts, offset);
    return { line: index + 1, column: offset - starts[index] + 1 };
  };
}
