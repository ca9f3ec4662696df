import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { IrinsiderError } from "../../src/errors.js";

function errorOf(text: string): IrinsiderError {
  try {
    parseConfig(text, "irinsider.config.json");
  } catch (error) {
    if (error instanceof IrinsiderError) return error;
    throw error;
  }
  throw new Error("expected an IrinsiderError");
}

describe("parseConfig", () => {
  it("reads store, sections, rules and import boilerplate", () => {
    const config = parseConfig('{"store": "content", "sections": ["World"], "rules": {"store/filename": "off"}, "import": {"boilerplate": ["Footer"]}}', "c.json");
    expect(config).toMatchObject({ file: "c.json", store: "content", sections: ["World"], rules: { "store/filename": "off" }, importBoilerplate: ["Footer"] });
  });
  it("names the key at fault, with a suggestion", () => {
    expect(errorOf('{"rules": {"frontmatter/unkown-key": "off"}}').message).toContain('"rules.frontmatter/unkown-key" is not a rule. Did you mean "frontmatter/unknown-key"?');
    expect(errorOf('{"section": ["x"]}').message).toContain('Did you mean "sections"?');
    expect(errorOf('{"rules": {"store/filename": "warn"}}').message).toContain('must be "error", "warning" or "off"');
    expect(errorOf('{"sections": []}').message).toContain("non-empty list");
  });
  it("gives the line and column of a JSON syntax error", () => {
    const error = errorOf('{\n  "store": "a",\n}\n');
    expect(error.line).toBe(3);
    expect(error.exitCode).toBe(2);
  });
});
