import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatArticle, NEW_ARTICLE_BODY } from "../../src/authoring/article-text.js";
import { checkArticle } from "../../src/check/check-article.js";
import { DEFAULT_SECTIONS } from "../../src/config.js";
import { parseMatter } from "../../src/frontmatter/parse.js";
import { splitArticle } from "../../src/frontmatter/split.js";
import { analyzeQuotes } from "../../src/quotes/attribute.js";
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
  it.each([
    ["quote marks", "“".repeat(100_000)],
    ["straight marks", '"a'.repeat(50_000)],
    ["backticks", "`".repeat(100_000)],
    ["open links", "[a](b".repeat(20_000)],
    ["stops", "!".repeat(100_000)],
    ["fences", "```\n".repeat(25_000)],
    ["names", "Ann Lee said ".repeat(8_000)],
    ["apostrophes", "’a ".repeat(33_000)],
  ])("finishes on 100,000 characters of %s", (_name, body) => {
    const started = performance.now();
    check(`---\ntitle: T\n---\n${body}`);
    articleStats(parseArticle({ file: "x", text: `---\ntitle: T\n---\n${body}` }));
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it.each([
    ["brackets", "[".repeat(100_000)],
    ["quoted words", '"a" '.repeat(25_000)],
    ["nested openers", "{['\"".repeat(25_000)],
    ["anchors and aliases", "&a *a ".repeat(16_000)],
    ["apostrophes", "'".repeat(100_000)],
    ["keys", "\nk: v".repeat(20_000)],
  ])("finishes on front matter of 100,000 characters of %s", (_name, value) => {
    const started = performance.now();
    const text = `---\ntitle: ${value}\n---\nBody.\n`;
    check(text);
    articleStats(parseArticle({ file: "x", text }));
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
