import { splitParagraphs, type Paragraph } from "./mask.js";

/** A quoted span found in the prose, before attribution. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark. */
  close: number;
  /** The quoted text of each paragraph it runs over: [start, end) offsets, marks excluded. */
  pieces: [number, number][];
  /** Index of the paragraph it opens in. */
  paragraph: number;
}

export interface MarkProblem {
  offset: number;
  kind: "unclosed" | "stray";
  mark: string;
}

export interface Extraction {
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
  problems: MarkProblem[];
}

type Kind = "curly" | "straight" | "low" | "guillemet" | "single";

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;

/**
 * Finds every quoted span in masked prose, in one pass (linear in the text's length). A quote
 * left open at the end of a paragraph continues when the next paragraph opens with a mark (AP
 * style); otherwise it is unclosed. Apostrophes (don’t, Jones’, ’90s) are not marks; single
 * quotes count only at the top level and only where they open and close.
 */
export function extractQuoteSpans(prose: string): Extraction {
  const paragraphs = splitParagraphs(prose);
  const quotes: QuoteSpan[] = [];
  const problems: MarkProblem[] = [];
  const marks = markOffsets(prose);
  let k = 0;
  /** The next mark at or after `i`, or `end`: offsets only grow, so one pointer walks the list once. */
  const nextMark = (i: number, end: number): number => {
    while (k < marks.length && marks[k] < i) k++;
    return k < marks.length && marks[k] < end ? marks[k] : end;
  };
  let current: { kind: Kind; open: number; pieceStart: number; pieces: [number, number][]; paragraph: number; depth: number } | null = null;

  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    let i = start;
    if (current) {
      // Continued from the previous paragraph: skip this paragraph's opening mark.
      i = start + 1;
    }
    for (; i < end; i++) {
      i = nextMark(i, end);
      if (i >= end) break;
      const c = prose[i];
      const prev = prose[i - 1];
      const next = prose[i + 1];
      if (current) {
        if (closes(current.kind, c, prev, next)) {
          if (current.depth > 0) {
            current.depth--;
            continue;
          }
          current.pieces.push([current.pieceStart, i]);
          quotes.push({ open: current.open, close: i + 1, pieces: current.pieces, paragraph: current.paragraph });
          current = null;
        } else if (current.kind === "curly" && c === "\u201C" && prev !== "\n") {
          current.depth++;
        } else if ((c === "\u201C" || c === '"') && prev === "\n" && isWordChar(next) && current.kind !== "single") {
          // An opening mark at the start of a line inside an open quote: the quote ran on over a
          // line break (AP style in a plain-text export).
          current.pieces.push([current.pieceStart, i - 1]);
          current.pieceStart = i + 1;
        }
        continue;
      }
      const kind = opens(c, prev, next);
      if (kind) {
        current = { kind, open: i, pieceStart: i + 1, pieces: [], paragraph: p, depth: 0 };
      } else if ((c === "\u201D" || c === "\u00BB" || (c === '"' && !/\d/.test(prev ?? ""))) && !isSpace(prev)) {
        problems.push({ offset: i, kind: "stray", mark: c });
      }
    }
    if (current) {
      const following = paragraphs[p + 1];
      const mark = following ? prose[following.start] : undefined;
      const continues = current.kind !== "single" && mark !== undefined && (mark === "\u201C" || mark === '"' || mark === "\u201E" || mark === "\u00AB");
      if (continues) {
        current.pieces.push([current.pieceStart, end]);
        current.pieceStart = following.start + 1;
      } else {
        if (current.kind !== "single") problems.push({ offset: current.open, kind: "unclosed", mark: prose[current.open] });
        current = null;
      }
    }
  }
  return { paragraphs, quotes, problems };
}

const MARK = /["\u00AB\u00BB\u2018-\u201E]/g;

/** Every quotation mark's offset, in order, found in one regular-expression scan of the text. */
function markOffsets(prose: string): number[] {
  const offsets: number[] = [];
  MARK.lastIndex = 0;
  for (let found = MARK.exec(prose); found !== null; found = MARK.exec(prose)) offsets.push(found.index);
  return offsets;
}

function opens(c: string, prev: string | undefined, next: string | undefined): Kind | null {
  if (isSpace(next)) return null;
  switch (c) {
    case "\u201C":
      return "curly";
    case "\u201E":
      return "low";
    case "\u00AB":
      return "guillemet";
    case '"':
      // 5'11" and 12" are measurements, not quotes.
      if (/\d/.test(prev ?? "")) return null;
      return prev === undefined || OPEN_CONTEXT.test(prev) || prev === "\u2018" ? "straight" : null;
    case "\u2018":
      // ‘90s is an apostrophe; a single quote opens only before a letter and after a space.
      return (prev === undefined || OPEN_CONTEXT.test(prev)) && /\p{L}/u.test(next ?? "") ? "single" : null;
    default:
      return null;
  }
}

function closes(kind: Kind, c: string, prev: string | undefined, next: string | undefined): boolean {
  switch (kind) {
    case "curly":
      return c === "\u201D" || (c === '"' && !isSpace(prev));
    case "straight":
      return c === "\u201D" || (c === '"' && !(prev === "\n" && isWordChar(next)));
    case "low":
      return c === "\u201C" || c === "\u201D";
    case "guillemet":
      return c === "\u00BB";
    case "single":
      return c === "\u2019" && !isWordChar(next);
  }
}
