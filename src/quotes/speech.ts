import { AFTER_SHORT_QUOTE, HYPOTHETICAL_CUES, NAMING_CUES, WORK_CUES, isFiniteSpeechVerb } from "./lexicon.js";
import type { Cue } from "./model.js";

/** Titles, scare quotes, coined terms, mottos and hypothetical speech are not speech. */
export function isSpeech(text: string, sentenceBefore: string, after: string, cue: Cue | null): boolean {
  // The cues below stand right before the quote: test the end of the sentence, not all of it
  // (an end-anchored pattern is tried from every position of the text it is given).
  const before = sentenceBefore.slice(-90);
  // Only short quotes are ever left out, so the words are read only as far as 13.
  const words = leadingWords(text, 13);
  if (words.length === 0 || HYPOTHETICAL_CUES.test(before)) return false;
  if (words.length > 12) return true;
  const titleCase = words.length >= 2 && !/[!?;:]$/.test(text.trim()) && !/[.!?]\s/.test(text) && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && /^(?:of|the|and|a|an|in|on|for|to|at|by|with|or|from|vs\.?)$/.test(w)));
  if (titleCase && cue !== "dash") return false;
  if (NAMING_CUES.test(before) || WORK_CUES.test(before)) return false;
  if (words.length > 3) return true;
  // A short quote that runs on into the sentence modifies a word: “limited” intelligence value.
  const next = /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(after)?.[1];
  if (next !== undefined && !AFTER_SHORT_QUOTE.test(next) && !isFiniteSpeechVerb(next)) return false;
  // A short continuation counts when it is a sentence of its own (“I absolutely do.”).
  const sentence = /^\p{Lu}/u.test(text) && /[.!?,]$/.test(text.trim());
  return !(cue === null || cue === "naming" || (cue === "continuation" && !sentence));
}

/** The first `limit` words that hold a letter or digit (a long quote is not split whole). */
function leadingWords(text: string, limit: number): string[] {
  const words: string[] = [];
  let from = 0;
  while (words.length < limit && from < text.length) {
    // A word is a run of non-space characters, at most 400 (the next one starts a character after
    // it); read by character codes, as this runs for every quote.
    const stop = Math.min(text.length, from + 400);
    let end = from;
    let alphanumeric = false;
    let other = false;
    for (; end < stop; end++) {
      const c = text.charCodeAt(end);
      if (c < 0x80) {
        if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) break;
        if (!alphanumeric) alphanumeric = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
      } else if (SPACE.test(text[end])) {
        break;
      } else {
        other = true;
      }
    }
    const word = text.slice(from, end);
    if (alphanumeric || (other && /[\p{L}\p{N}]/u.test(word))) words.push(word);
    from = end + 1;
  }
  return words;
}

const SPACE = /\s/;
