import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main.js";
import { recordingIO } from "../../../src/cli/output.js";

/** What `irinsider <args>` prints on a terminal of that many columns. */
async function printed(args: string[], columns: number): Promise<string> {
  const io = recordingIO(columns);
  expect(await main(args, io)).toBe(0);
  return io.printed();
}

const longer = (text: string, width: number) => text.split("\n").filter((line) => line.length > width);

describe("help on a terminal", () => {
  it.each([[["--help"]], [["quotes", "--help"]], [["new", "--help"]]])("%j wraps to a narrow terminal, and at 80 columns on a wide one", async (args) => {
    const narrow = await printed(args, 60);
    // The options and commands wrap in their column; the examples are commands to copy, left whole.
    expect(longer(narrow.slice(0, narrow.indexOf("\nExample")), 60)).toEqual([]);
    expect(narrow).toContain("\nExample");
    expect(longer(await printed(args, 200), 80)).toEqual([]);
  });
});
