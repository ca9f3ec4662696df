import { describe, expect, it } from "vitest";
import { splitArticle } from "../../../src/frontmatter/split.js";

describe("splitArticle", () => {
  it("splits front matter and body, keeping file offsets in the matter", () => {
    const text = "---\ntitle: A\n---\nBody line\n";
    const split = splitArticle(text);
    expect(split.kind).toBe("ok");
    if (split.kind !== "ok") return;
    expect(split.matter.length).toBe(text.indexOf("---\nBody"));
    expect(split.matter.indexOf("title")).toBe(text.indexOf("title"));
    expect(split.body).toBe("Body line\n");
    expect(split.bodyLine).toBe(4);
    expect(split.closingLine).toBe(3);
  });

  it("handles CRLF and a closing fence with trailing spaces", () => {
    const split = splitArticle("---\r\ntitle: A\r\n---  \r\nBody\r\n");
    expect(split.kind).toBe("ok");
    if (split.kind === "ok") expect(split.body).toBe("Body\r\n");
  });

  it("tells a file without front matter, an unclosed one, TOML and other languages apart", () => {
    expect(splitArticle("Body only").kind).toBe("none");
    expect(splitArticle("---\ntitle: A\n")).toEqual({ kind: "unclosed", language: "" });
    expect(splitArticle("+++\ntitle = 1\n+++\n")).toMatchObject({ kind: "none", toml: true });
    expect(splitArticle("---js\n{}\n---\nx")).toMatchObject({ kind: "ok", language: "js" });
    expect(splitArticle("----\nx\n").kind).toBe("none");
  });

  it("takes the first closing fence, so --- in the body stays in the body", () => {
    const split = splitArticle("---\na: 1\n---\nOne\n---\nTwo\n");
    expect(split.kind === "ok" && split.body).toBe("One\n---\nTwo\n");
  });
});
