import { describe, expect, it } from "vitest";
import { decodeArticle } from "../../../src/store/decode.js";

describe("decodeArticle", () => {
  it("decodes valid UTF-8 of every width as Buffer does, a real � included", () => {
    const text = "---\ntitle: “Café” — Zürich’s 東京 𝄞 and a real \ufffd\n---\nPlain ASCII.\n";
    expect(decodeArticle(Buffer.from(text, "utf8"))).toEqual({ text, findings: [] });
    expect(decodeArticle(Buffer.from("", "utf8"))).toEqual({ text: "", findings: [] });
  });
  it("drops a UTF-8 BOM", () => {
    expect(decodeArticle(Buffer.from("\ufeff---\n", "utf8"))).toEqual({ text: "---\n", findings: [] });
  });
  it("reports the lines with invalid UTF-8 bytes and still decodes the rest", () => {
    const decoded = decodeArticle(Buffer.concat([Buffer.from("ok\nbad "), Buffer.from([0xff]), Buffer.from("\nok\n")]));
    expect(decoded.text).toBe("ok\nbad \ufffd\nok\n");
    expect(decoded.findings).toEqual([expect.objectContaining({ line: 2, ruleId: "store/encoding" })]);
  });
  it("decodes UTF-16 with a BOM but asks for UTF-8", () => {
    const decoded = decodeArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("---\ntitle: x\n", "utf16le")]));
    expect(decoded.text).toBe("---\ntitle: x\n");
    expect(decoded.findings[0].message).toContain("UTF-16LE");
  });
  it("reports NUL bytes at their line and column", () => {
    expect(decodeArticle(Buffer.from("a\nbc\0d")).findings[0]).toMatchObject({ line: 2, column: 3 });
  });
});
