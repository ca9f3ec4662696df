import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRows, rowWriter, type Column, type TableFormat } from "../../../src/report/table.js";
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

describe("rows made ready ahead of their turn", () => {
  const FORMATS: TableFormat[] = ["json", "csv", "markdown", "table"];
  const columns: Column<Row>[] = ["speaker", "text", "line"].map((key) => ({ header: key, key, value: (row) => row[key] ?? null }));
  /**
   * What a writer prints (as standard output writes it: in UTF-8, where a lone surrogate becomes
   * �) when each row is given by `write` (false) or made ready and written later (true).
   */
  function printed(format: TableFormat, rows: Row[], readyFirst: (index: number) => boolean): string {
    const out: Buffer[] = [];
    const writer = rowWriter(columns, format, { colors: plainColors, width: 80 }, (chunk) => {
      out.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
    });
    // All rows are made ready before any is written, as a command holding them does.
    const ready = rows.map((row, i) => (readyFirst(i) ? writer.ready(row) : null));
    rows.forEach((row, i) => {
      const made = ready[i];
      if (made) writer.writeReady(made);
      else writer.write(row);
    });
    writer.end();
    return Buffer.concat(out).toString("utf8");
  }

  it("print what the same rows written as they come print, in every format and any mix", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (format, cells, mix) => {
        const rows: Row[] = cells.map(([speaker, text, line]) => ({ speaker, text, line }));
        expect(printed(format, rows, (i) => mix[i])).toBe(printed(format, rows, () => false));
      }),
    );
  });

  it("keep the separators right across the pieces the output is written in", () => {
    const rows: Row[] = Array.from({ length: 1_234 }, (_, i) => ({ speaker: `Speaker ${i}`, text: `“Quote ${i}” — Zürich`, line: i }));
    for (const format of FORMATS) {
      const expected = printed(format, rows, () => false);
      expect(printed(format, rows, () => true)).toBe(expected);
      expect(printed(format, rows, (i) => i % 700 < 350)).toBe(expected);
    }
    expect(JSON.parse(printed("json", rows, () => true))).toHaveLength(1_234);
  });

  it("print the empty form when no row comes", () => {
    expect(printed("json", [], () => true)).toBe("[]\n");
    expect(printed("csv", [], () => true)).toBe("speaker,text,line\r\n");
  });
});
