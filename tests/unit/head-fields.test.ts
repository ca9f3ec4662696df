import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleSlug, dateOf, headFields, parseArticle } from "../../src/article.js";
import { frontMatterEnd } from "../../src/store/read-article.js";

const articleDate = (head: string, complete: boolean) => {
  const fields = headFields(head, complete);
  return fields && dateOf(fields);
};

const article = "---\ntitle: A\ndate: 2018-03-28\n---\n\nBody.\n";

describe("headFields", () => {
  it("reads the date as the whole article's parse does, from the front matter at the start", () => {
    expect(articleDate(article, true)).toBe(parseArticle({ file: "a.md", text: article }).date);
    expect(articleDate(article.slice(0, article.indexOf("Body")), false)).toBe("2018-03-28");
    expect(articleDate("---\ntitle: A\ndate: 2018\n---\n", true)).toBeNull();
    expect(articleDate("No front matter\nat all", false)).toBeNull();
  });

  it("does not answer from a part that may not hold the whole front matter", () => {
    expect(articleDate("---\ntitle: A\ndate: 2018-03-28\n", false)).toBeUndefined();
    // The part ends on "---": in the file the line may go on ("----", "---x").
    expect(articleDate("---\ntitle: A\ndate: 2018-03-28\n---", false)).toBeUndefined();
    expect(articleDate("---", false)).toBeUndefined();
  });

  it("gives the slug validate compares: the front matter's, else the file name's", () => {
    expect(articleSlug("a/2018-03-28-nato.md", headFields("---\nslug: other\n---\n", true)!)).toBe("other");
    expect(articleSlug("a/2018-03-28-nato.md", {})).toBe("nato");
    expect(articleSlug("notes.md", {})).toBeUndefined();
  });

  it("reads the same fields from the front matter alone as from the whole file", () => {
    const piece = fc.constantFrom("---", "----", "---yaml", "+++", "\n", "\r\n", "\r", " ", "\t", "title: A", "date: 2018-03-28", "slug: x", "é", "“", "\ufeff", "a", ":", "- b");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const end = frontMatterEnd(Buffer.from(text));
        // Where a front matter's end is found, the text up to it says what the whole file says.
        if (end !== -1) expect(headFields(Buffer.from(text).subarray(0, end).toString(), false)).toEqual(headFields(text, true));
      }),
    );
  });

  it("finds the end of a front matter after its closing fence line", () => {
    expect(frontMatterEnd(Buffer.from("---\ntitle: A\n---\nBody"))).toBe(17);
    expect(frontMatterEnd(Buffer.from("---\r\ntitle: A\r\n--- \r\nBody"))).toBe(21);
    expect(frontMatterEnd(Buffer.from("---\ntitle: A\n----\n---\n"))).toBe(22);
    expect(frontMatterEnd(Buffer.from("---\ntitle: A\n---"))).toBe(-1);
    expect(frontMatterEnd(Buffer.from("\ufeff---\ntitle: A\n---\n"))).toBe(-1);
    expect(frontMatterEnd(Buffer.from("No front matter\n---\n"))).toBe(-1);
  });
});
