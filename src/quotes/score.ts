/** Scoring quote extraction against annotations, as the peer cases' README defines it. */

export interface GoldQuote {
  text: string;
  speaker: string | null;
  speech: boolean;
}

export interface FoundQuote {
  text: string;
  speaker: string | null;
}

export interface CaseScore {
  expected: number;
  found: number;
  matched: number;
  pairs: number;
  missed: GoldQuote[];
  falsePositives: FoundQuote[];
  wrongSpeakers: { expected: GoldQuote; found: FoundQuote }[];
}

/** Texts are equal after trimming punctuation, quotation marks and whitespace from both ends. */
export function normalizeQuoteText(text: string): string {
  return text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "").replace(/\s+/g, " ");
}

/** Equal ignoring case, or the same last word ("Briccetti" ~ "Heather C. Briccetti"); null only matches null. */
export function speakersMatch(expected: string | null, found: string | null): boolean {
  if (expected === null || found === null) return expected === found;
  const a = expected.trim().toLowerCase();
  const b = found.trim().toLowerCase();
  return a === b || a.split(/\s+/).at(-1) === b.split(/\s+/).at(-1);
}

export function scoreCase(gold: readonly GoldQuote[], found: readonly FoundQuote[]): CaseScore {
  const expected = gold.filter((quote) => quote.speech);
  const unmatched = new Set(expected);
  const score: CaseScore = { expected: expected.length, found: found.length, matched: 0, pairs: 0, missed: [], falsePositives: [], wrongSpeakers: [] };
  for (const quote of found) {
    const key = normalizeQuoteText(quote.text);
    const match = [...unmatched].find((candidate) => normalizeQuoteText(candidate.text) === key);
    if (!match) {
      score.falsePositives.push(quote);
      continue;
    }
    unmatched.delete(match);
    score.matched++;
    if (speakersMatch(match.speaker, quote.speaker)) score.pairs++;
    else score.wrongSpeakers.push({ expected: match, found: quote });
  }
  score.missed = [...unmatched];
  return score;
}

export interface Totals {
  expected: number;
  found: number;
  matched: number;
  pairs: number;
  precision: number;
  recall: number;
  speakerAccuracy: number;
  pairF1: number;
}

export function totalScores(scores: readonly CaseScore[]): Totals {
  const sum = (key: "expected" | "found" | "matched" | "pairs") => scores.reduce((total, score) => total + score[key], 0);
  const [expected, found, matched, pairs] = [sum("expected"), sum("found"), sum("matched"), sum("pairs")];
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const pairPrecision = ratio(pairs, found);
  const pairRecall = ratio(pairs, expected);
  return {
    expected,
    found,
    matched,
    pairs,
    precision: ratio(matched, found),
    recall: ratio(matched, expected),
    speakerAccuracy: ratio(pairs, matched),
    pairF1: pairPrecision + pairRecall === 0 ? 0 : (2 * pairPrecision * pairRecall) / (pairPrecision + pairRecall),
  };
}
