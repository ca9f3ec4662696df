import type { DeclaredQuote } from "../article.js";
import type { Quote } from "./attribute.js";

/** What folding changes: a curly apostrophe, whitespace other than one space between words. */
const UNFOLDED = /[’‘\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/** Whitespace folded, curly and straight apostrophes alike: how "word for word" is compared. */
export function foldQuoteText(text: string): string {
  // Most quotes are folded already: one search instead of two replacements and a trim.
  return UNFOLDED.test(text) ? text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim() : text;
}

/** For each declared quote, the body quote that holds it word for word (undefined if none). */
export function findDeclared<Q extends Pick<Quote, "text">>(declared: readonly DeclaredQuote[], quotes: readonly Q[]): (Q | undefined)[] {
  if (declared.length === 0) return [];
  // A body quote is folded only when it does not hold the folded text as it stands (folding
  // keeps what holds it so: the text has no apostrophe to fold and no space but single ones).
  const folded: string[] = [];
  const holds = (i: number, wanted: string) => quotes[i].text.includes(wanted) || (folded[i] ??= foldQuoteText(quotes[i].text)).includes(wanted);
  return declared.map((entry) => {
    const wanted = foldQuoteText(entry.text).replace(/^[\s,.;:!?]+|[\s,.;:!?]+$/g, "");
    if (wanted === "") return undefined;
    for (let i = 0; i < quotes.length; i++) if (holds(i, wanted)) return quotes[i];
    return undefined;
  });
}

/** Declared quotes are authoritative: a body quote they match takes their speaker and role. */
export function applyDeclared<Q extends Pick<Quote, "text" | "speaker" | "role" | "speech">>(quotes: readonly Q[], declared: readonly DeclaredQuote[]): readonly Q[] {
  if (declared.length === 0) return quotes;
  const result = quotes.map((quote) => ({ ...quote }));
  findDeclared(declared, result).forEach((match, i) => {
    if (match) Object.assign(match, { speaker: declared[i].speaker, role: declared[i].role ?? match.role, speech: true });
  });
  return result;
}

export interface Misquote {
  /** The body quote closest to the declared text. */
  passage: string;
  /** "body has “X” where the front matter has “Y”". */
  difference: string;
}

/** The closest body quote to a declared quote that is not in the body, and how they differ. */
export function explainMisquote(declared: string, quotes: readonly Quote[]): Misquote | undefined {
  const words = foldQuoteText(declared).split(" ");
  let best: { quote: Quote; score: number } | undefined;
  for (const quote of quotes) {
    const set = new Set(foldQuoteText(quote.text).toLowerCase().split(" "));
    const score = words.filter((word) => set.has(word.toLowerCase())).length / words.length;
    if (!best || score > best.score) best = { quote, score };
  }
  if (!best || best.score < 0.5) return undefined;
  const body = foldQuoteText(best.quote.text).replace(/[.,;:!?]+$/, "").split(" ");
  words[words.length - 1] = words[words.length - 1].replace(/[.,;:!?]+$/, "");
  // Align the two word lists from both ends; what is left in the middle is the difference.
  const start = bodyAlign(body, words);
  let endBody = body.length;
  let endDeclared = words.length;
  while (endBody > 0 && endDeclared > start.declared && body[endBody - 1] === words[endDeclared - 1]) {
    endBody--;
    endDeclared--;
  }
  const bodyPart = body.slice(start.body, Math.max(start.body, endBody)).join(" ");
  const declaredPart = words.slice(start.declared, Math.max(start.declared, endDeclared)).join(" ");
  const difference =
    declaredPart === ""
      ? `the body has “${bodyPart}” that the front matter leaves out`
      : bodyPart === ""
        ? `the front matter adds “${declaredPart}”`
        : `the body has “${bodyPart}” where the front matter has “${declaredPart}”`;
  return { passage: best.quote.text, difference };
}

function bodyAlign(body: string[], declared: string[]): { body: number; declared: number } {
  // The declared text may start in the middle of a body quote: find where its first word stands.
  const first = body.indexOf(declared[0]);
  let b = first === -1 ? 0 : first;
  let d = 0;
  while (b < body.length && d < declared.length && body[b] === declared[d]) {
    b++;
    d++;
  }
  return { body: b, declared: d };
}
