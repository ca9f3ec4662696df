/**
 * The prose of an article, with everything that is not prose blanked out (front matter, code,
 * HTML comments and tags, link targets, block-quote markers). Same length as the input, newlines
 * kept, so every offset, line and column stays the file's.
 */
export function maskMarkdown(text: string, bodyOffset: number): string {
  const body = text.slice(bodyOffset);
  const ranges: [number, number][] = [[0, bodyOffset]];
  for (const [trigger, pattern] of PATTERNS) {
    // Most articles have no code, comments or block quotes: skip a pattern whose first character is absent.
    if (!body.includes(trigger)) continue;
    for (const match of body.matchAll(pattern)) {
      const start = bodyOffset + match.index;
      // Keep the "]" of a link so the link text still ends where it did.
      ranges.push([pattern === LINK_TARGET ? start + 1 : start, start + match[0].length]);
    }
  }
  if (body.includes("`")) ranges.push(...inlineCode(body, bodyOffset));
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out += text.slice(at, start) + blankOut(text.slice(start, to));
    at = to;
  }
  return out + text.slice(at);
}

/** Spaces for every character but newlines. */
export function blankOut(text: string): string {
  return text.replace(/[^\n]+/g, (run) => " ".repeat(run.length));
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
 * at all (a plain-text export, a wire story) is read one paragraph per line.
 */
export function splitParagraphs(prose: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blankLine = /\n[ \t\r]*(?=\n|$)/.test(prose.trimEnd()) ? /\n[ \t\r]*(?=\n|$)/g : /\n/g;
  let start = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(prose[a])) a++;
    while (b > a && /\s/.test(prose[b - 1])) b--;
    if (b > a) paragraphs.push({ start: a, end: b });
  };
  for (const match of prose.matchAll(blankLine)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, prose.length);
  return paragraphs;
}
