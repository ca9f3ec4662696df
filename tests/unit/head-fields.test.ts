import { describe, expect, it } from "vitest";
import { articleSlug, dateOf, headFields, parseArticle } from "../../src/article.js";

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
});
