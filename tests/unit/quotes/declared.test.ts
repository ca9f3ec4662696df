import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldQuoteText } from "../../../src/quotes/declared.js";

// Folding as written out in full: every text goes through both replacements and the trim.
const foldInFull = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

describe("foldQuoteText", () => {
  it("folds apostrophes and whitespace", () => {
    expect(foldQuoteText("  We’ll\tsee,\n\nshe  said ")).toBe("We'll see, she said");
    expect(foldQuoteText("It is\u00a0done")).toBe("It is done");
  });

  it("gives what folding in full gives, for text with any kind of whitespace", () => {
    const piece = fc.oneof(fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u2028", "’", "‘", "'", "word"), fc.string({ maxLength: 4 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((parts) => parts.join("")), (text) => foldQuoteText(text) === foldInFull(text)));
  });

  it("leaves a text that is folded already as it is", () => {
    expect(foldQuoteText("Word for word, as said.")).toBe("Word for word, as said.");
  });
});
