/** The parts of an article file. */
export type SplitArticle =
  | { kind: "none"; body: string; bodyLine: number; bodyOffset: number; toml: boolean }
  | { kind: "unclosed"; language: string }
  | {
      kind: "ok";
      /** What follows the opening `---`: "" for YAML, "js", "coffee", … */
      language: string;
      /**
       * The front matter with the opening fence blanked out: offsets, lines and columns in it
       * are the same as in the file, so parser positions need no translation.
       */
      matter: string;
      /** 1-based line of the closing fence. */
      closingLine: number;
      body: string;
      bodyLine: number;
      bodyOffset: number;
    };

/**
 * Splits front matter from body. Written here rather than with gray-matter because the
 * positions must be exact and gray-matter treats an unclosed `---` as front matter running to
 * the end of the file, and `--- ` (trailing space) as a language.
 */
export function splitArticle(text: string): SplitArticle {
  const firstEnd = lineEnd(text, 0);
  const first = text.slice(0, firstEnd).replace(/\r$/, "");
  const fence = /^---([A-Za-z]*)\s*$/.exec(first);
  if (!fence) {
    return { kind: "none", body: text, bodyLine: 1, bodyOffset: 0, toml: /^\+\+\+\s*$/.test(first) };
  }
  let line = 1;
  for (let start = firstEnd + 1; start <= text.length; ) {
    const end = lineEnd(text, start);
    line++;
    if (/^---[ \t]*\r?$/.test(text.slice(start, end))) {
      const bodyOffset = Math.min(end + 1, text.length);
      return {
        kind: "ok",
        language: fence[1].toLowerCase(),
        matter: " ".repeat(firstEnd) + text.slice(firstEnd, start),
        closingLine: line,
        body: text.slice(bodyOffset),
        bodyLine: line + 1,
        bodyOffset,
      };
    }
    if (end >= text.length) break;
    start = end + 1;
  }
  return { kind: "unclosed", language: fence[1].toLowerCase() };
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
}

/** Where the body starts: after the front matter, or at the top when there is none to skip. */
export function bodyOffsetOf(split: SplitArticle): number {
  return split.kind === "ok" ? split.bodyOffset : 0;
}
