import { describe, expect, it } from "vitest";
import { colorFlag, colorLevel } from "../../../src/cli/output.js";

describe("colour decision", () => {
  it("colours a terminal only, and never with NO_COLOR", () => {
    expect(colorLevel(undefined, {}, true)).toBe(1);
    expect(colorLevel(undefined, {}, false)).toBe(0);
    expect(colorLevel(undefined, { NO_COLOR: "1" }, true)).toBe(0);
  });
  it("lets FORCE_COLOR and the flags win", () => {
    expect(colorLevel(undefined, { FORCE_COLOR: "1" }, false)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: "0" }, true)).toBe(0);
    expect(colorLevel(true, { NO_COLOR: "1" }, false)).toBe(1);
    expect(colorLevel(false, { FORCE_COLOR: "3" }, true)).toBe(0);
  });
  it("reads the last colour flag before --", () => {
    expect(colorFlag(["validate", "--color", "--no-color"])).toBe(false);
    expect(colorFlag(["validate", "--", "--color"])).toBeUndefined();
  });
});
