import { NAME_PARTICLES } from "./lexicon.js";

/** Runs of capitalised words, as they stand in a text: "Theresa May", "Charles de Gaulle", "Jens M. Stoltenberg". */
export const NAME_RUNS = new RegExp(String.raw`\p{Lu}[\p{L}\p{M}’'\-]*\.?(?:[ \t]+(?:(?:${NAME_PARTICLES.join("|")})[ \t]+)?(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}’'\-]*))+`, "gu");
const PARTICLE_SET = new Set(NAME_PARTICLES);
/** How far before and after a word its name run is looked for. */
const REACH = 80;

/**
 * The run of capitalised words that holds the word at `index` (of `length`), reading runs from
 * `REACH` characters before it, as a search of that window from its start finds them. The search
 * starts later where it can: at a line break, or at a word before `index` that no run can hold
 * (it neither starts with a capital nor is a particle), since no run reaches across either.
 */
export function nameRunHolding(text: string, index: number, length: number): { run: string; start: number } | null {
  const from = Math.max(0, index - REACH);
  const window = text.slice(from, index + length + REACH);
  NAME_RUNS.lastIndex = searchStart(text, from, index) - from;
  for (let match = NAME_RUNS.exec(window); match; match = NAME_RUNS.exec(window)) {
    const start = from + match.index;
    if (start > index) return null;
    if (start + match[0].length >= index + length) return { run: match[0], start };
  }
  return null;
}

const isBlank = (c: number) => c === 0x20 || c === 0x09;

/** Where a search for the run holding `index` can start (`from` at the earliest). */
function searchStart(text: string, from: number, index: number): number {
  let p = index;
  // Back to the start of the word's own token.
  while (p > from && !isBlank(text.charCodeAt(p - 1))) {
    if (text.charCodeAt(p - 1) === 0x0a) return p;
    p--;
  }
  while (p > from) {
    let end = p;
    while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > from && !isBlank(text.charCodeAt(start - 1))) {
      if (text.charCodeAt(start - 1) === 0x0a) return start;
      start--;
    }
    if (start === from) return from;
    const first = text.charCodeAt(start);
    // A token no run can hold: an ASCII first character that is no capital, and no particle.
    if (first < 0x80 && !(first >= 0x41 && first <= 0x5a) && !PARTICLE_SET.has(text.slice(start, end))) return start;
    p = start;
  }
  return from;
}
