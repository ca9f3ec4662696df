import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitArticle } from "../../../src/frontmatter/split.js";
import { analyzeQuotes } from "../../../src/quotes/attribute.js";
import { normalizeQuoteText, scoreCase, speakersMatch, totalScores, type GoldQuote } from "../../../src/quotes/score.js";

const goldDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/quotes");

describe("scoring", () => {
  it("compares texts without end punctuation and speakers by surname", () => {
    expect(normalizeQuoteText("“I love cats!”")).toBe("I love cats");
    expect(speakersMatch("Heather C. Briccetti", "Briccetti")).toBe(true);
    expect(speakersMatch("Officer Tusk", "tusk")).toBe(true);
    expect(speakersMatch(null, "he")).toBe(false);
    expect(speakersMatch(null, null)).toBe(true);
  });

  it("counts misses, false positives and wrong speakers", () => {
    const gold: GoldQuote[] = [
      { text: "a b c d", speaker: "Ann Lee", speech: true },
      { text: "e f g h", speaker: "Bo Park", speech: true },
      { text: "title", speaker: null, speech: false },
    ];
    const score = scoreCase(gold, [{ text: "a b c d,", speaker: "Lee" }, { text: "title", speaker: null }]);
    expect(score).toMatchObject({ expected: 2, found: 2, matched: 1, pairs: 1 });
    expect(score.falsePositives).toEqual([{ text: "title", speaker: null }]);
    expect(totalScores([score])).toMatchObject({ precision: 0.5, recall: 0.5, speakerAccuracy: 1 });
  });
});

describe("gold set", () => {
  it("meets the quality target: pair F1 of at least 0.95", () => {
    const gold = JSON.parse(readFileSync(path.join(goldDir, "gold.json"), "utf8")) as { file: string; quotes: GoldQuote[] }[];
    expect(gold.length).toBeGreaterThanOrEqual(13);
    expect(gold.flatMap((entry) => entry.quotes).filter((q) => q.speech).length).toBeGreaterThanOrEqual(60);
    const scores = gold.map((entry) => {
      const text = readFileSync(path.join(goldDir, entry.file), "utf8");
      const split = splitArticle(text);
      const found = analyzeQuotes(text, split.kind === "ok" ? split.bodyOffset : 0).quotes.filter((q) => q.speech);
      return scoreCase(entry.quotes, found);
    });
    expect(totalScores(scores).pairF1).toBeGreaterThanOrEqual(0.95);
  });
});
