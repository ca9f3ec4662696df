import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArticle, readArticleHead } from "../../../src/store/read-article.js";

const dir = mkdtempSync(path.join(tmpdir(), "irinsider-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { path: file, file: `articles/${name}` };
}

describe("readArticle", () => {
  it("reads a file far larger than its first buffer, whole, then a small one without leftovers", () => {
    // Multi-byte characters across every 64 KB boundary: the bytes are decoded once, whole.
    const large = `---\ntitle: Long\n---\n${"“Zürich’s” 東京 𝄞 said.\n".repeat(12_000)}`;
    expect(Buffer.byteLength(large)).toBeGreaterThan(300_000);
    expect(readArticle(article("large.md", large), dir)).toEqual({ source: { file: "articles/large.md", text: large }, findings: [] });
    expect(readArticle(article("small.md", "---\ntitle: Short\n---\nHi.\n"), dir).source?.text).toBe("---\ntitle: Short\n---\nHi.\n");
    expect(readArticleHead(article("head.md", "---\ntitle: Head\n---\nBody.\n"))).toEqual({ text: "---\ntitle: Head\n---\n", complete: false });
  });

  it("reads a file of several megabytes whole, and the next small one after it", () => {
    const huge = `---\ntitle: Huge\n---\n${"Zürich’s envoy said so. ".repeat(250_000)}`;
    expect(readArticle(article("huge.md", huge), dir).source?.text).toBe(huge);
    expect(readArticle(article("after.md", "---\ntitle: After\n---\nHi.\n"), dir).source?.text).toBe("---\ntitle: After\n---\nHi.\n");
  });

  it("reports a file it cannot read as a finding of that file", () => {
    const { findings, source } = readArticle({ path: path.join(dir, "gone.md"), file: "articles/gone.md" }, dir);
    expect(source).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("ENOENT") })]);
  });
});
