import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { detach } from "../../../src/text/detach.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap growth (MB) from keeping short pieces of 60 texts of 1 MB each, the texts themselves dropped. */
function keptMegabytes(piece: (text: string, at: number) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let round = 0; round < 60; round++) {
    const text = `“${"abcdefghij".repeat(50_000)}${round}`;
    for (let i = 0; i < 20; i++) kept.push(piece(text, i * 100));
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  expect(kept).toHaveLength(1200);
  return grown;
}

describe("detach", () => {
  it("gives the same string", () => {
    expect(detach("Theresa May")).toBe("Theresa May");
    expect(detach("")).toBe("");
    expect(detach(null)).toBeNull();
  });

  it("keeps a piece of a text without keeping the text", () => {
    // A plain slice keeps every text (60 MB, two bytes a character); a detached one only itself.
    expect(keptMegabytes((text, at) => text.slice(at, at + 40))).toBeGreaterThan(50);
    expect(keptMegabytes((text, at) => detach(text.slice(at, at + 40)))).toBeLessThan(5);
  });
});
