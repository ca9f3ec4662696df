import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatArticle, NEW_ARTICLE_BODY } from "../../src/authoring/article-text.js";
import { checkArticle } from "../../src/check/check-article.js";
import { DEFAULT_SECTIONS } from "../../src/config.js";
import { parseMatter } from "../../src/frontmatter/parse.js";
import { splitArticle } from "../../src/frontmatter/split.js";
import { analyzeQuotes } from "../../src/quotes/attribute.js";
import { splitParagraphs } from "../../src/quotes/mask.js";
import { wordTokens } from "../../src/quotes/words.js";
import { NAME_RUNS, nameRunHolding } from "../../src/quotes/name-runs.js";
import { parseArticle } from "../../src/article.js";
import { articleStats } from "../../src/stats/article-stats.js";

// Text that is mostly the characters the parsers care about: marks, fences, newlines, names.
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom("“", "”", '"', "‘", "’", "'", "„", "«", "»", "---", "\n", "\n\n", "\r\n", "`", "```", "<!--", "-->", "](", ")", ">", ":", " ", ".", ",", "—", "\t", "—Ann Lee", " said ", " he ", "She ", "Theresa May", "\0", "\ufeff"),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(""));

const check = (text: string) => checkArticle({ file: "articles/2020-01-01-x.md", text }, { sections: DEFAULT_SECTIONS, hasFileName: true });

describe("properties", () => {
  it("parsing, checking and counting never throw, whatever the input", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: "grapheme", maxLength: 300 }), tricky.map((t) => `---\ntitle: x\n---\n${t}`)), (text) => {
        check(text);
        articleStats(parseArticle({ file: "x", text }));
        const split = splitArticle(text);
        if (split.kind === "ok") parseMatter(split.matter);
      }),
      { numRuns: 400 },
    );
  });

  it("every quote's text stands in the body exactly at its reported line and column", () => {
    fc.assert(
      fc.property(tricky, (body) => {
        const lines = body.split("\n");
        for (const quote of analyzeQuotes(body, 0).quotes) {
          // The first word: up to any space or line break (a quote may run over lines).
          const firstPiece = quote.text.split(/\s/)[0];
          const line = lines[quote.line - 1];
          expect(line.slice(quote.column - 1).startsWith(firstPiece)).toBe(true);
          expect(body.slice(quote.offset).startsWith(firstPiece)).toBe(true);
        }
      }),
      // The example is a quote whose first word ends at a line break (found by a CI run).
      { numRuns: 400, examples: [["“#\r\n0\"\n\n“"]] },
    );
  });

  it("a new article never gets an error irinsider put there, whatever its title and summary", () => {
    const text = fc.string({ minLength: 1, maxLength: 150 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f\u007f-\u009f\ufeff\u2028\u2029]/.test(s));
    fc.assert(
      fc.property(text, text, fc.constantFrom(...DEFAULT_SECTIONS), (title, summary, section) => {
        const file = formatArticle({ title: title.trim(), date: "2020-01-01", authors: ["Ann Lee"], section, summary: summary.trim(), status: "draft", tags: [], countries: [], images: [], quotes: [], body: NEW_ARTICLE_BODY });
        expect(check(file).findings.filter((f) => f.severity === "error")).toEqual([]);
        const split = splitArticle(file);
        expect(split.kind === "ok" && parseMatter(split.matter).data).toMatchObject({ title: title.trim(), summary: summary.trim() });
      }),
      { numRuns: 300 },
    );
  });

  // A guard against catastrophic backtracking (minutes), not a speed target: the bound is generous.
  const inBody = (body: string) => `---\ntitle: T\n---\n${body}`;
  const inFrontMatter = (value: string) => `---\ntitle: ${value}\n---\nBody.\n`;
  it.each([
    ["a body of quote marks", inBody("“".repeat(100_000))],
    ["a body of straight marks", inBody('"a'.repeat(50_000))],
    ["a body of backticks", inBody("`".repeat(100_000))],
    ["a body of open links", inBody("[a](b".repeat(20_000))],
    ["a body of stops", inBody("!".repeat(100_000))],
    ["a body of fences", inBody("```\n".repeat(25_000))],
    ["a body of names", inBody("Ann Lee said ".repeat(8_000))],
    ["a body of apostrophes", inBody("’a ".repeat(33_000))],
    ["a front matter of brackets", inFrontMatter("[".repeat(100_000))],
    ["a front matter of quoted words", inFrontMatter('"a" '.repeat(25_000))],
    ["a front matter of nested openers", inFrontMatter("{['\"".repeat(25_000))],
    ["a front matter of anchors and aliases", inFrontMatter("&a *a ".repeat(16_000))],
    ["a front matter of apostrophes", inFrontMatter("'".repeat(100_000))],
    ["a front matter of keys", inFrontMatter("\nk: v".repeat(20_000))],
  ])("finishes on 100,000 characters: %s", (_name, text) => {
    const started = performance.now();
    check(text);
    articleStats(parseArticle({ file: "x", text }));
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it("paragraphs are the stretches between blank lines (or lines, in a text with no blank line), trimmed", () => {
    // The definition, as patterns: the code walks line breaks by hand, and must find the same.
    const byPattern = (prose: string) => {
      const separator = /\n[ \t\r]*(?=\n|$)/.test(prose.trimEnd()) ? /\n[ \t\r]*(?=\n|$)/g : /\n/g;
      const found: { start: number; end: number }[] = [];
      let start = 0;
      for (const end of [...[...prose.matchAll(separator)].map((m) => [m.index, m.index + m[0].length]), [prose.length, prose.length]]) {
        const text = prose.slice(start, end[0]);
        const lead = text.length - text.trimStart().length;
        const trimmed = text.trim();
        if (trimmed) found.push({ start: start + lead, end: start + lead + trimmed.length });
        start = end[1];
      }
      return found;
    };
    const lines = fc.array(fc.constantFrom("\n", "\n\n", "\r\n", " ", "\t", "\u00a0", "\u2028", "a", "b c", "█", "\n \n", "\n\t\r\n"), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(fc.property(fc.oneof(lines, fc.string({ maxLength: 60 })), (prose) => {
      expect(splitParagraphs(prose)).toEqual(byPattern(prose));
    }), { numRuns: 2000 });
  });

  it("words are the maximal runs of letters, marks, apostrophes and hyphens, as the pattern finds them", () => {
    const byPattern = (text: string) => [...text.matchAll(/[\p{L}\p{M}’'\-]+/gu)].map((m) => ({ word: m[0], index: m.index }));
    const pieces = fc.array(fc.constantFrom("said", "Né", "e\u0301", "’", "'", "-", " ", ",", "\u00aa", "𝒜", "\ud835", "\udc9c", "д", "1", "█", "\t"), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(pieces, fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 })), (text) => {
        expect(wordTokens(text)).toEqual(byPattern(text));
        expect(wordTokens(text, 3)).toEqual(byPattern(text).slice(0, 3));
      }),
      { numRuns: 2000 },
    );
  });

  it("the name run holding a word is the one a search of the whole window finds, wherever the search starts", () => {
    const byWindow = (text: string, index: number, length: number) => {
      const from = Math.max(0, index - 80);
      const runs = new RegExp(NAME_RUNS.source, "gu");
      for (const match of text.slice(from, index + length + 80).matchAll(runs)) {
        const start = from + match.index;
        if (start > index) return null;
        if (start + match[0].length >= index + length) return { run: match[0], start };
      }
      return null;
    };
    const word = fc.constantFrom("Jens", "Stoltenberg", "May", "Zoe", "de", "del", "van", "dela", "said", "the", "M.", "Mr.", "iPhone", "Émile", "𝐀", "“Jens", "—", "x-Ray", "O’Neil", "1", ",", "Smith,");
    const separator = fc.constantFrom(" ", " ", " ", "  ", "\t", "\n", "", ", ");
    const pieces = fc.array(fc.tuple(word, separator), { maxLength: 30 }).map((parts) => parts.flat().join(""));
    fc.assert(
      fc.property(pieces, fc.nat(), (text, at) => {
        const words = [...text.matchAll(/May|Stoltenberg|Ray|Neil|Jens|Zoe/g)];
        const word = words[at % Math.max(1, words.length)];
        if (word) expect(nameRunHolding(text, word.index, word[0].length)).toEqual(byWindow(text, word.index, word[0].length));
      }),
      { numRuns: 3000 },
    );
  });
});
