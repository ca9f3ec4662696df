import type { MarkProblem } from "./extract.js";

// What the quote engine finds: the shapes every part of it shares.

/** A direct quote in an article body, with its speaker. */
export interface Quote {
  /** The quoted words exactly as in the body, without the enclosing marks (paragraphs joined by a space). */
  text: string;
  /** Offset, line and column (1-based) of the first quoted character. */
  offset: number;
  line: number;
  column: number;
  speaker: string | null;
  role: string | null;
  /** False for titles, scare quotes, coined terms, mottos and hypothetical speech. */
  speech: boolean;
  /** Which rule of the sieve gave the speaker. */
  cue: Cue | null;
}

export type Cue = "dash" | "according-to" | "said-name" | "name-said" | "lead-in" | "participle" | "naming" | "colon-paragraph" | "continuation";

export interface QuoteAnalysis {
  quotes: Quote[];
  problems: (MarkProblem & { line: number; column: number })[];
  /** Quoted passages past MAX_QUOTES, not analysed. */
  skipped: number;
  /** Unbalanced marks past MAX_PROBLEMS, not reported one by one. */
  problemsSkipped: number;
}

/** Quoted text in the frame (the prose with every quote blanked out). */
export const MASK = "█";

/** How many quoted passages of one article are attributed; a file with more is not prose. */
export const MAX_QUOTES = 5000;
/** Unbalanced marks reported per article: past this, more of the same help nobody. */
export const MAX_PROBLEMS = 100;
/** How far before and after a quote its cues are looked for. */
export const CUE_WINDOW = 600;

