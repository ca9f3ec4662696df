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
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out += text.slice(at, start) + text.slice(start, to).replace(/[^\n]/g, " ");
    at = to;
  }
  return out + text.slice(at);
}

const LINK_TARGET = /\]\([^)\n]*\)/g;
const PATTERNS: [string, RegExp][] = [
  ["`", /^ {0,3}(`{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm], // fenced code
  ["~", /^ {0,3}(~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm],
  ["<!--", /<!--[\s\S]*?(?:-->|(?![\s\S]))/g], // HTML comments
  ["`", /(`+)(?!`)[^\n]*?\1(?!`)/g], // inline code (one line)
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
