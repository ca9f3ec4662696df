import { indexAtOrBefore } from "../text/line-index.js";

const ABBREVIATIONS = new Set(
  "mr mrs ms dr st gen sen rep gov lt col sgt capt prof rev jr sr no vs etc co corp inc ltd dept univ fig approx est jan feb mar apr jun jul aug sep sept oct nov dec mt ft cmdr adm maj brig cpl pvt amb det hon pres supt insp messrs".split(" "),
);

/**
 * Offsets where sentences start in a stretch of masked prose. A full stop after an
 * abbreviation (Mr., Gen.), an initial (C.) or a dotted acronym (U.S.) does not end a sentence.
 */
export function sentenceStarts(frame: string, start: number, end: number): number[] {
  const starts = [start];
  // Stops are found by a regular expression over the paragraph alone (the fastest scan; a slice
  // bounds it), and each is judged by hand: the one-pattern version cost a third of attribution.
  const paragraph = frame.slice(start, end);
  STOPS.lastIndex = 0;
  for (let stop = STOPS.exec(paragraph); stop !== null; stop = STOPS.exec(paragraph)) {
    const i = start + stop.index;
    const c = frame.charCodeAt(i);
    let j = i + 1;
    while (j < end && isStop(frame.charCodeAt(j))) j++;
    let k = j;
    while (k < end && isCloser(frame.charCodeAt(k))) k++;
    let w = k;
    while (w < end && isSpace(frame.charCodeAt(w))) w++;
    // The next search starts after this run of stops.
    STOPS.lastIndex = j - start;
    if (w === k || w >= end || !startsSentence(frame, w)) continue;
    if (c === 0x2e && j === i + 1) {
      const before = wordBefore(frame, Math.max(start, i - 12), i);
      if (isAbbreviation(before) || (before.length <= 2 && /^\p{Lu}$/u.test(before)) || (before.includes(".") && /^(?:\p{L}\.)+\p{L}$/u.test(before))) continue;
    }
    starts.push(w);
  }
  return starts;
}

const STOPS = /[.!?]/g;
/** The longest abbreviation's length: a longer word is none, and is not lowercased to look it up (every sentence's last word is tested). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** "Mr", "Gen", "sept." (one full stop of its own may end it). */
function isAbbreviation(word: string): boolean {
  const length = word.charCodeAt(word.length - 1) === 0x2e ? word.length - 1 : word.length;
  return length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(word.slice(0, length).toLowerCase());
}

/** The letters and dots that end at `end` (from `from` at most): "Mr", "U.S". ASCII by hand, the rest by pattern. */
function wordBefore(frame: string, from: number, end: number): string {
  let b = end;
  while (b > from) {
    const c = frame.charCodeAt(b - 1);
    if (c > 0x7f) return /([\p{L}.]+)$/u.exec(frame.slice(from, end))?.[1] ?? "";
    if (!(c === 0x2e || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) break;
    b--;
  }
  return frame.slice(b, end);
}
const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f;
/** " ” ’ ) ] after the stop. */
const isCloser = (c: number) => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
const OPENERS = new Set(['"', "“", "‘", "(", "[", "█"]);
const FIRST = /[\p{Lu}\p{N}█"“]/u;

/** A sentence starts here: a capital, a digit or a quotation (maybe after an opening mark). */
function startsSentence(frame: string, at: number): boolean {
  // ASCII by character code (nearly every case), the rest by pattern.
  const code = frame.charCodeAt(at);
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x22) return true;
  if (code < 0x80 && code !== 0x28 && code !== 0x5b) return false;
  const first = frame[at];
  if (FIRST.test(first)) return true;
  return OPENERS.has(first) && at + 1 < frame.length && FIRST.test(frame[at + 1]);
}

/** The start of the sentence holding `offset`, given the sorted sentence starts. */
export function sentenceAt(starts: readonly number[], offset: number): number {
  return starts[indexAtOrBefore(starts, offset)];
}
