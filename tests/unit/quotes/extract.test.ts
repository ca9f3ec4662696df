import { describe, expect, it } from "vitest";
import { analyzeQuotes } from "../../../src/quotes/attribute.js";
import { extractQuoteSpans } from "../../../src/quotes/extract.js";
import { maskMarkdown } from "../../../src/quotes/mask.js";

const texts = (body: string) => analyzeQuotes(body, 0).quotes.map((q) => q.text);
const problems = (body: string) => analyzeQuotes(body, 0).problems.map((p) => [p.kind, p.line, p.column]);

describe("quote extraction", () => {
  it("finds curly, straight, low and guillemet quotes, and their exact positions", () => {
    const body = "He said “one two three four.”\n\nShe said \"five six seven eight.\"\n\nEr sagte „neun zehn elf zwölf“ und «treize quatorze quinze seize».";
    expect(texts(body)).toEqual(["one two three four.", "five six seven eight.", "neun zehn elf zwölf", "treize quatorze quinze seize"]);
    const [first, second] = analyzeQuotes(body, 0).quotes;
    expect([first.line, first.column]).toEqual([1, 10]);
    expect([second.line, second.column]).toEqual([3, 11]);
  });

  it("does not take apostrophes or inch marks for quotes", () => {
    expect(texts("It’s the Joneses’ house; he’s 5'11\" tall and the ’90s are over.")).toEqual([]);
    expect(problems("It’s the Joneses’ house; he’s 5'11\" tall.")).toEqual([]);
  });

  it("takes single curly quotes only where they open and close, and keeps nested ones inside", () => {
    expect(texts("‘We took back control,’ he said.")).toEqual(["We took back control,"]);
    expect(texts("“He told me ‘never again’ and meant it,” she said.")).toEqual(["He told me ‘never again’ and meant it,"]);
  });

  it("joins a quote that runs over paragraphs (AP style) into one", () => {
    const body = "“First paragraph of the quote.\n\n“Second paragraph, closed at last,” she said.";
    expect(texts(body)).toEqual(["First paragraph of the quote. Second paragraph, closed at last,"]);
    expect(problems(body)).toEqual([]);
  });

  it("reports an unclosed quote at its opening mark and a stray closing mark", () => {
    expect(problems("Intro.\n\nHe said “this never ends.\n\nNext paragraph.")).toEqual([["unclosed", 3, 9]]);
    expect(problems("A stray” mark.")).toEqual([["stray", 1, 8]]);
  });

  it("reads only prose: not code, HTML comments or link targets", () => {
    const body = "`“code”` and <!-- “hidden” --> and [a link](https://x.org/?q=\"x\")\n\n```\n“fenced”\n```\n";
    expect(extractQuoteSpans(maskMarkdown(body, 0)).quotes).toEqual([]);
  });

  it("keeps every offset of the file when masking", () => {
    const text = "---\ntitle: “x”\n---\nBody `code` here.";
    const masked = maskMarkdown(text, 19);
    expect(masked.length).toBe(text.length);
    expect(masked.slice(0, 19).trim()).toBe("");
    expect(masked).toContain("Body        here.");
  });

  it("stays linear on adversarial input", () => {
    const body = "“".repeat(100_000) + "\"".repeat(100_000) + "’a ".repeat(30_000);
    const started = performance.now();
    analyzeQuotes(body, 0);
    // Generous bound: a quadratic scan of 260,000 marks would take minutes, not seconds.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
