import { describe, expect, it } from "vitest";
import { articleDate, parseArticle } from "../../src/article.js";

const article = "---\ntitle: A\ndate: 2018-03-28\n---\n\nBody.\n";

describe("articleDate", () => {
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
});
