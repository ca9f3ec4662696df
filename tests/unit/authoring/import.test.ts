import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstSentence, importText } from "../../../src/authoring/import-text.js";
import { SEED } from "../../helpers/run-cli.js";

const seed = readFileSync(SEED, "utf8");

describe("importText", () => {
  const parts = importText(seed);

  it("finds the title, the summary, the images once each, the quotes and the countries", () => {
    expect(parts.title).toBe("NATO Expels Russian Diplomats Following Spy Poisoning");
    expect(parts.summary).toBe("Over 100 Russian envoys have been expelled from 25 countries in the last two days, as a sign of solidarity with the U.K.");
    expect(parts.images).toEqual([
      { caption: "NATO Secretary General Jens Stoltenberg", credit: "IBNA" },
      { caption: "Twitter", credit: "@RusEmbUSA" },
      { caption: "White House Press Secretary, Raj Shah", credit: "The Hill" },
    ]);
    expect(parts.quotes.map((q) => q.speaker)).toEqual(["Jens Stoltenberg", "Theresa May", "Theresa May", "the Russian government", "Raj Shah", "Raj Shah", "Raj Shah"]);
    expect(parts.countries).toHaveLength(20);
  });

  it("keeps every sentence of the input word for word, in order, but boilerplate, title and captions", () => {
    const dropped = (line: string) => /^(Powered by|IR Insider is a production)/.test(line) || line === parts.title || /, (IBNA|@RusEmbUSA|The Hill)$/.test(line.replace(/\s+,/, ",").replace(/\s+/g, " "));
    const lines = seed.split("\n").map((l) => l.trim()).filter((l) => l && !dropped(l));
    const bodyParagraphs = parts.body.split("\n\n");
    expect(bodyParagraphs).toEqual(lines);
    expect(parts.body).toContain("Hungry");
    expect(parts.body).toContain("the Netherland expelled two");
  });

  it("drops configured boilerplate lines", () => {
    expect(importText("My Headline Here\n\nFooter: subscribe now\n\nA paragraph.", ["Footer:"]).body).toBe("A paragraph.");
  });

  it("never loses or changes a paragraph (property)", () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const sentence = fc.array(word, { minLength: 3, maxLength: 12 }).map((w) => `${w.join(" ")}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const text = `Title Of The Piece\n\n${paragraphs.join("\n\n")}\n`;
        expect(importText(text).body.split("\n\n")).toEqual(paragraphs);
      }),
    );
  });
});

describe("firstSentence", () => {
  it("ends at a dotted acronym before a sentence opener, not after an abbreviation or a name", () => {
    expect(firstSentence("Ties with the U.K. Earlier this month, things changed.")).toBe("Ties with the U.K.");
    expect(firstSentence("The U.S. Senate voted. Then it rested.")).toBe("The U.S. Senate voted.");
    expect(firstSentence("Gen. Smith spoke. Then he left.")).toBe("Gen. Smith spoke.");
  });
});

describe("import then validate", () => {
  it("never gives an error the tool put there, given what the text lacks (property)", async () => {
    const { formatArticle } = await import("../../../src/authoring/article-text.js");
    const { checkArticle } = await import("../../../src/check/check-article.js");
    const { DEFAULT_SECTIONS } = await import("../../../src/config.js");
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    const sentence = fc.array(word, { minLength: 4, maxLength: 10 }).map((w) => `${w[0][0].toUpperCase()}${w.join(" ").slice(1)}.`);
    const quoted = fc.tuple(sentence, fc.constantFrom("said Ann Lee", "Ann Lee said", "he added")).map(([s, cue]) => `“${s.slice(0, -1)},” ${cue}.`);
    fc.assert(
      fc.property(fc.array(fc.oneof(sentence, quoted), { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const parts = importText(`The Headline Of It\n\nAnn Lee spoke on Monday.\n\n${paragraphs.join("\n\n")}\n`);
        const text = formatArticle({ ...parts, date: "2020-01-01", authors: ["Ben Cole"], section: "Europe", status: "draft", tags: [] });
        const errors = checkArticle({ file: "articles/2020-01-01-the-headline-of-it.md", text }, { sections: DEFAULT_SECTIONS, hasFileName: true }).findings.filter((f) => f.severity === "error");
        expect(errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
