import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { parseWithPositions } from "../../../src/frontmatter/parse.js";
import { plainLocator, readPlainMatter } from "../../../src/frontmatter/plain-matter.js";
import { splitArticle } from "../../../src/frontmatter/split.js";

/** What `yaml` alone makes of a front matter: data when it has no errors, and where things start. */
function reference(matter: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(matter, { lineCounter, uniqueKeys: true, schema: "core" });
  if (doc.errors.length > 0) return { ok: false as const };
  return { ok: true as const, data: doc.toJS({ maxAliasCount: 100 }) as unknown };
}

let valueSpansCompared = 0;
let recordSpansCompared = 0;

/** The fast reading must agree with `yaml` whenever it answers, and its positions with the full parse's. */
function expectAgreement(matter: string): boolean {
  const fast = readPlainMatter(matter);
  if (fast === undefined) return false;
  const slow = reference(matter);
  expect(slow.ok, `yaml rejects what the fast path read:\n${matter}`).toBe(true);
  expect(fast).toEqual(slow.ok && slow.data);
  const full = parseWithPositions(matter);
  const plain = plainLocator(matter);
  for (const key of [[], ...Object.keys(fast).map((key) => [key])]) {
    const quick = plain.start(key);
    if (quick) expect(quick, `${JSON.stringify(key)} in\n${matter}`).toEqual(full.locate(key).start);
    const keySpan = plain.keySpan(key);
    if (keySpan) expect(keySpan, `key ${JSON.stringify(key)} in\n${matter}`).toEqual(full.locate(key, "key"));
    const valueSpan = plain.valueSpan(key);
    if (valueSpan) {
      expect(valueSpan, `value of ${JSON.stringify(key)} in\n${matter}`).toEqual(full.locate(key, "value"));
      valueSpansCompared++;
    }
  }
  // Lists of records (images:, quotes:): each record, each of its keys, a key it lacks, one past the end.
  for (const [key, value] of Object.entries(fast)) {
    if (!Array.isArray(value)) continue;
    for (let index = 0; index <= value.length; index++) {
      const record: unknown = value[index];
      const subKeys = record !== null && typeof record === "object" ? Object.keys(record) : [];
      for (const path of [[key, index], ...[...subKeys, "missing"].map((sub) => [key, index, sub])]) {
        for (const at of ["key", "value"] as const) {
          const span = at === "key" ? plain.keySpan(path) : plain.valueSpan(path);
          if (!span) continue;
          expect(span, `${at} of ${JSON.stringify(path)} in\n${matter}`).toEqual(full.locate(path, at));
          recordSpansCompared++;
        }
      }
    }
  }
  return true;
}

function markdownFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(full, found);
    else if (entry.isFile() && entry.name.endsWith(".md")) found.push(full);
  }
  return found;
}

describe("readPlainMatter", () => {
  it("reads text-only front matter like yaml does, with the same positions", () => {
    const matter = "   \n# a comment\ntitle: 'It''s'\ndate: 2018-03-28\nauthors: [Jane Doe, \"Tom\"]\nimages:\n  - caption: A \"b\"\n    credit: Reuters\nslug: x-y\n";
    expect(expectAgreement(matter)).toBe(true);
    expect(readPlainMatter(matter)).toEqual({ title: "It's", date: "2018-03-28", authors: ["Jane Doe", "Tom"], images: [{ caption: 'A "b"', credit: "Reuters" }], slug: "x-y" });
    const plain = plainLocator(matter);
    expect(plain.start([])).toEqual({ line: 3, column: 1 });
    expect(plain.start(["slug"])).toEqual({ line: 9, column: 7 });
    expect(plain.keySpan(["date"])).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 5 } });
    // Values on their key's line are located without the full parse; a block value is not.
    expect(plain.valueSpan(["date"])).toEqual({ start: { line: 4, column: 7 }, end: { line: 4, column: 17 } });
    expect(plain.valueSpan(["title"])).toEqual({ start: { line: 3, column: 8 }, end: { line: 3, column: 15 } });
    expect(plain.valueSpan(["authors"])).toEqual({ start: { line: 5, column: 10 }, end: { line: 5, column: 27 } });
    expect(plain.valueSpan(["images"])).toBeUndefined();
    expect(plainLocator("section: Asia   # was Europe\n").valueSpan(["section"])).toEqual({ start: { line: 1, column: 10 }, end: { line: 1, column: 14 } });
  });

  it("leaves numbers, booleans, empty values, anchors and errors to the full parser", () => {
    for (const matter of ["title: 2018\n", "title: true\n", "summary:\n", "title: ~\n", "title: &a x\nsummary: *a\n", "title: +.5\n", "title: 0x1F\n", 'title: "a" b\n', "title: A\ntitle: B\n", "- a\n"]) {
      expect(readPlainMatter(matter), matter).toBeUndefined();
    }
    expect(readPlainMatter("title: Q&A on R&D\n")).toEqual({ title: "Q&A on R&D" });
  });

  it("agrees with yaml on every article in the fixtures", () => {
    const root = path.resolve(import.meta.dirname, "../../fixtures");
    let read = 0;
    for (const file of markdownFiles(root)) {
      const split = splitArticle(readFileSync(file, "utf8"));
      if (split.kind === "ok" && expectAgreement(split.matter)) read++;
    }
    expect(read).toBeGreaterThan(40);
  });

  it("agrees with yaml on front matter assembled from awkward pieces", () => {
    const key = fc.constantFrom("title", "summary", "slug", "date", "tags", "x-y", "Title", "1", "null", "'q'", '"d"', "? k", "title ", " title", "a b", "-k", "k#x", "<<");
    const scalar = fc.constantFrom(
      "plain words", "2018-03-28", "it's", "a: b", "a #b", "a#b", "'single ''q'''", '"double \\"q\\""', '"\\u00e9\\t"', "'x' y", "\"x\" y",
      "-dash", "- dash", "[a, b]", "[a, [b]]", "{a: b}", "[]", "{}", "|\n  block\n  text", ">\n  folded\n  text", "|-\n  x", "multi\n  line", "multi\nline",
      '"multi\n  quoted"', '"multi\nquoted"', "'multi\nsingle'", "!!str 12", "!x y", "12", "1_000", "+1", ".5", "0b1", "0o7", "1e3", "yes", "No", "Null", "~",
      "@at", "`tick", "%pct", "x ", "x\t", "\tx", "é", "‘curly’", "a\\b", "...", "--- x", "* star", "& amp", "&a x", "*a",
      "'a' # c", "a: b: c", "- - x", "x:y", "? q", "\"a\": b", "[a,\n  b]", "{a: [b, c]}", "a, b", "'' ", "\"\"", "' '", "a\u2028b", "\ufeffx", "a\rb",
    );
    const entry = fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, fc.array(scalar, { minLength: 1, maxLength: 3 }), fc.constantFrom("", "  ", " ", "\t")).map(([k, items, indent]) => `${k}:\n${items.map((item) => `${indent}- ${item}`).join("\n")}`),
      fc.tuple(key, scalar, scalar).map(([k, a, b]) => `${k}:\n  - caption: ${a}\n    credit: ${b}`),
      // Lists of records as editors write them: records without a key, blank lines, wider dashes, comments.
      fc
        .tuple(
          key,
          fc.array(fc.tuple(scalar, fc.option(scalar, { nil: undefined }), fc.constantFrom("  - ", "- ", "  -   ", "    - "), fc.constantFrom("", "\n", "\n  # note")), { minLength: 1, maxLength: 3 }),
        )
        .map(([k, records]) => `${k}:\n${records.map(([a, b, dash, after]) => `${dash}caption: ${a}${b === undefined ? "" : `\n${" ".repeat(dash.length)}credit: ${b}`}${after}`).join("\n")}`),
      fc.constantFrom("# comment", "", "  # indented comment", "   ", "\t", "  indented: x"),
    );
    let read = 0;
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.boolean(), (entries, crlf) => {
        const lines = `   \n${entries.join("\n")}\n`;
        if (expectAgreement(crlf ? lines.replace(/\n/g, "\r\n") : lines)) read++;
      }),
      { numRuns: 20000 },
    );
    // Most of these are not text-only; enough must be for the comparison to mean something.
    expect(read).toBeGreaterThan(600);
    expect(valueSpansCompared).toBeGreaterThan(300);
    expect(recordSpansCompared).toBeGreaterThan(300);
  });
});
