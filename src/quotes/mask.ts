/**
 * The prose of an article, with everything that is not prose blanked out (front matter, code,
 * HTML comments and tags, link targets, block-quote markers). Same length as the input, newlines
 * kept, so every offset, line and column stays the file's.
 */
export function maskMarkdown(text: string, bodyOffset: number): string {
  const body = text.slice(bodyOffset);
  const ranges: [number, number][] = [[0, bodyOffset]];
  for (const [trigger, pattern] of PATTERNS) {
    // Most articles have no code, comments or block quotes: skip a pattern whose first character is
    // absent (a search for one character is many times faster than a pattern for any of them).
    if (!body.includes(trigger)) continue;
    for (const match of body.matchAll(pattern)) {
      const start = bodyOffset + match.index;
      // Keep the "]" of a link so the link text still ends where it did.
      ranges.push([pattern === LINK_TARGET ? start + 1 : start, start + match[0].length]);
    }
  }
  if (body.includes("`")) ranges.push(...inlineCode(body, bodyOffset));
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    parts.push(text.slice(at, start), blankOut(text.slice(start, to)));
    at = to;
  }
  parts.push(text.slice(at));
  return flatJoin(parts);
}

/**
 * Pieces of text as one string laid out flat in memory. Joined with +, they would make a tree
 * of pieces that V8 flattens on first reading but still reads through a wrapper: the quote engine
 * reads the prose a character at a time, 1.75 times slower so.
 */
export const flatJoin = (parts: readonly string[]): string => parts.join("");

/** Spaces for every character but newlines. */
export function blankOut(text: string): string {
  return fillLines(text, " ");
}

/** `char` for every character but newlines (a line at a time: a replace callback per run cost more). */
export function fillLines(text: string, char: string): string {
  if (!text.includes("\n")) return fill(char, text.length);
  return text
    .split("\n")
    .map((line) => fill(char, line.length))
    .join("\n");
}

const RUN_LENGTH = 4096;
const runs = new Map<string, string>();

/** `length` times `char`: a slice of a run built once (cheaper than repeating it each time, as this runs for every quote). */
function fill(char: string, length: number): string {
  if (length > RUN_LENGTH) return char.repeat(length);
  let run = runs.get(char);
  if (run === undefined) runs.set(char, (run = char.repeat(RUN_LENGTH)));
  return run.slice(0, length);
}

/**
 * Inline code spans (`code`, ``co`de``): a run of backticks closed by the next run of the same
 * length on the same line. Found by pairing runs, in linear time: the obvious regex backtracks
 * quadratically on a line of many backticks.
 */
function inlineCode(body: string, offset: number): [number, number][] {
  const ranges: [number, number][] = [];
  const open = new Map<number, number>();
  for (const run of body.matchAll(/`+|\n/g)) {
    if (run[0] === "\n") {
      open.clear();
      continue;
    }
    const length = run[0].length;
    const start = open.get(length);
    if (start === undefined) {
      open.set(length, run.index);
    } else {
      ranges.push([offset + start, offset + run.index + length]);
      open.clear();
    }
  }
  return ranges;
}

// A link target is short; the bound keeps "](" without a ")" from scanning the rest of the line each time.
const LINK_TARGET = /\]\([^)\n]{0,2000}\)/g;
const PATTERNS: [string, RegExp][] = [
  // Fenced code. (?=(…))\1 takes the fence atomically: backtracking into a line of 200,000
  // backticks would be quadratic.
  ["`", /^ {0,3}(?=(`{3,}))\1[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm],
  ["~", /^ {0,3}(?=(~{3,}))\1[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm],
  ["<!--", /<!--[\s\S]*?(?:-->|(?![\s\S]))/g], // HTML comments
  ["](", LINK_TARGET], // link and image targets, ](…)
  ["<", /<\/?[A-Za-z][^<>\n]*>/g], // HTML tags and autolinks
  [">", /^ {0,3}>[ \t]?/gm], // block-quote markers
];

export interface Paragraph {
  start: number;
  end: number;
}

/**
 * Paragraphs of masked prose: runs of lines separated by blank lines. A text with no blank line
 * at all (a plain-text export, a wire story) is read one paragraph per line. Found by walking
 * the line breaks (this runs for every article).
 */
export function splitParagraphs(prose: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && isSpace(prose, a)) a++;
    while (b > a && isSpace(prose, b - 1)) b--;
    if (b > a) paragraphs.push({ start: a, end: b });
  };
  let contentEnd = prose.length;
  while (contentEnd > 0 && isSpace(prose, contentEnd - 1)) contentEnd--;
  const byBlankLines = hasBlankLineBefore(prose, contentEnd);
  let start = 0;
  for (let newline = prose.indexOf("\n"); newline !== -1; newline = prose.indexOf("\n", newline + 1)) {
    if (!byBlankLines) {
      push(start, newline);
      start = newline + 1;
      continue;
    }
    const next = blankLineEnd(prose, newline, prose.length);
    if (next === -1) continue;
    push(start, newline);
    start = next;
  }
  push(start, prose.length);
  return paragraphs;
}

/** After the line break at `newline`: where its blank line ends (the next break, or `limit`), or -1 when text follows on it. */
function blankLineEnd(prose: string, newline: number, limit: number): number {
  let j = newline + 1;
  while (j < limit && isBlank(prose.charCodeAt(j))) j++;
  return j === limit || prose.charCodeAt(j) === 0x0a ? j : -1;
}

/** A line break followed by a blank line before `end` (the prose's last non-space character). */
function hasBlankLineBefore(prose: string, end: number): boolean {
  for (let newline = prose.indexOf("\n"); newline !== -1 && newline < end; newline = prose.indexOf("\n", newline + 1)) {
    const blankEnd = blankLineEnd(prose, newline, end);
    if (blankEnd !== -1 && blankEnd < end) return true;
  }
  return false;
}

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d;
const isSpace = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : /\s/.test(text[i]);
};
