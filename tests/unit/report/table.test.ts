import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRows, type Column } from "../../../src/report/table.js";
import { plainColors } from "../../../src/report/colors.js";

type Row = Record<string, string | number | null>;

const value = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom("“quoted”", 'a "b" \\ c', "line\nbreak", "\u2028", "\ud800", "x\udc00", "😀", "\u001f", "\u007f", "é", ""), fc.integer(), fc.double(), fc.constant(null));

// Keys that are not array indices: an object lists those first, whatever order they were added in.
const key = fc.string().filter((text) => !/^(?:0|[1-9][0-9]*)$/.test(text));

describe("JSON rows", () => {
  it("are what JSON.stringify writes for the rows, whatever the keys and values", () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 5 }), fc.array(fc.array(value, { minLength: 5, maxLength: 5 }), { maxLength: 4 }), (keys, values) => {
        const columns: Column<Row>[] = keys.map((key) => ({ header: key, key, value: (row) => row[key] ?? null }));
        const rows: Row[] = values.map((cells) => Object.fromEntries(keys.map((key, i) => [key, cells[i]])));
        const expected = `${JSON.stringify(
          rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key]]))),
          null,
          2,
        )}\n`;
        expect(formatRows(rows, columns, "json", { colors: plainColors, width: 80 })).toBe(expected);
      }),
    );
  });
});
