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
    const space = text.slice(from, from + 400).search(/\s/);
    const to = space === -1 ? Math.min(text.length, from + 400) : from + space;
    const word = text.slice(from, to);
    if (word !== "" && /[\p{L}\p{N}]/u.test(word)) words.push(word);
    from = to + 1;
  }
  return words;
}
