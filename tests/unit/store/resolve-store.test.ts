import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/config.js";
import { requireStore } from "../../../src/store/resolve-store.js";

const cwd = mkdtempSync(path.join(tmpdir(), "irinsider-store-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const hintFor = (flag: string) => {
  try {
    requireStore(cwd, defaultConfig(), { flag });
  } catch (error) {
    return (error as { hint?: string }).hint;
  }
  return undefined;
};

describe("a missing store", () => {
  it("is explained with a mkdir the user can paste, quoted when the name needs it", () => {
    expect(hintFor("articles")).toContain("create the folder first: mkdir articles");
    expect(hintFor("my store's")).toContain("create the folder first: mkdir 'my store'\\''s'");
  });
});
