import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { readSimpleMatter } from "../../../src/frontmatter/simple-matter.js";
import { splitArticle } from "../../../src/frontmatter/split.js";

/** What js-yaml makes of a front matter, or undefined where it refuses it. */
function jsYaml(matter: string): unknown {
  try {
    return load(matter, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** Whenever the simple reading answers, js-yaml reads the same data. */
function expectAgreement(matter: string): boolean {
  const simple = readSimpleMatter(matter);
  if (simple === undefined) return false;
  expect(simple, `read differently:\n${matter}`).toEqual(jsYaml(matter));
  return true;
}

describe("readSimpleMatter", () => {
  it("reads the front matter irinsider new writes and editors write", () => {
    const matter = [
      "title: 'NATO: Expels \"Russian\" Diplomats #1'",
      "date: 2018-03-28",
      "authors: [Ana Lee, \"Tom O'Neil\", 'Jo ''J'' Ng']",
      "section: Europe   ",
      "summary: \"Over 100 envoys: expelled.\"",
      "tags: []",
      "",
      "# a note",
      "images:",
      "  - caption: Jens Stoltenberg in Brussels, 2018",
      "    credit: IBNA",
      "",
      "  -   caption: Theresa May",
      "      credit: 'Reuters'",
      "quotes:",
      "- speaker: Raj Shah",
      "  text: “We will not back down.”",
      "  roles: [spokesman]",
      "slug: x-y",
      "",
    ].join("\n");
    expect(readSimpleMatter(matter)).toEqual({
      title: 'NATO: Expels "Russian" Diplomats #1',
      date: "2018-03-28",
      authors: ["Ana Lee", "Tom O'Neil", "Jo 'J' Ng"],
      section: "Europe",
      summary: "Over 100 envoys: expelled.",
      tags: [],
      images: [
        { caption: "Jens Stoltenberg in Brussels, 2018", credit: "IBNA" },
        { caption: "Theresa May", credit: "Reuters" },
      ],
      quotes: [{ speaker: "Raj Shah", text: "“We will not back down.”", roles: ["spokesman"] }],
      slug: "x-y",
    });
    expect(expectAgreement(matter)).toBe(true);
  });

  it("leaves to the YAML library what it does not read as js-yaml would", () => {
    for (const matter of [
      "title: 2018\n", "title: true\n", "title: NULL\n", "title: 1_000\n", "title: .inf\n", "title: -x\n", "summary:\n", "title: ~\n",
      "title: &a x\nsummary: *a\n", "title: \"a\" b\n", "title: \"a\\tb\"\n", "title: A\ntitle: B\n", "- a\n", "title: a: b\n", "title: a # c\n",
      "title: |\n  block\n", "title: multi\n  line\n", "tags: [a, [b]]\n", "tags: [a,]\n", "tags: [1, 2]\n", "title:x\n", "title: x\r\n", "title:\tx\n",
      "images:\n  - caption: A\n    credit:\n", "images:\n  - caption: A\n     credit: B\n", "true: x\n", "__proto__: x\n", "--- \ntitle: x\n", "",
    ]) {
      expect(readSimpleMatter(matter), JSON.stringify(matter)).toBeUndefined();
    }
  });

  it("reads most front matter of the fixture stores, as js-yaml does", () => {
    const root = path.resolve(import.meta.dirname, "../../fixtures");
    const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[]).filter((entry) => entry.isFile() && entry.name.endsWith(".md"));
    let read = 0;
    for (const entry of files) {
      const split = splitArticle(readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
      if (split.kind === "ok" && expectAgreement(split.matter)) read++;
    }
    expect(read).toBeGreaterThan(40);
  });

  it("agrees with js-yaml on front matter assembled from awkward pieces", () => {
    // Mostly what front matter holds, with awkward pieces among it (most of which it must leave alone).
    const key = fc.oneof({ arbitrary: fc.constantFrom("title", "x-y", "_k", "Title", "caption", "credit"), weight: 6 }, { arbitrary: fc.constantFrom("null", "True", "k ", " k", "a b", "1", "__proto__", "k:", "-k"), weight: 1 });
    const text = fc.oneof(
      {
        arbitrary: fc.constantFrom("plain words", "2018-03-28", "it's", 'say "hi"', "a:b", "a#b", "C#", "'q ''x'''", '"d"', '"d: #x"', '""', "''", "' '", "é", "‘curly’ “quotes”", "x ", "a, b", "a [b]", "[a, b]", "[ a , 'b' ]", "[]", '[a b, "c, d"]', "['it''s']", "nULL", "yes", "No"),
        weight: 4,
      },
      {
        arbitrary: fc.constantFrom(
          "2018-3-28", "a: b", "a #b", "'q' x", '"a\\"b"', "-x", "- x", "?x", ":x", ",x", "]x", "{x", "}x", "#x", "&x", "*x", "!x", "|x", ">x", "%x", "@x", "`x", "12", "+1", ".5", "0x1F", "1e3", "~",
          "a\u00a0", "\u00a0a", "a\u2028b", "a\u0085b", "a\u200bb", "x  ", "a {b}", "[ ]", "[a,]", "[,a]", "[a: b]", "[a #b]", "[1]", "[true]", "[a, [b]]", "[{a: b}]", '["a" b]', "[a'b]",
        ),
        weight: 1,
      },
    );
    const entry = fc.oneof(
      { arbitrary: fc.tuple(key, text, fc.constantFrom(" ", " ", "  ", "")).map(([k, v, gap]) => `${k}:${gap}${v}`), weight: 6 },
      {
        arbitrary: fc
          .tuple(key, fc.array(text, { minLength: 1, maxLength: 3 }), fc.constantFrom("", "  ", " "), fc.constantFrom("- ", "- ", "-  ", "-"))
          .map(([k, items, indent, dash]) => `${k}:\n${items.map((item) => `${indent}${dash}${item}`).join("\n")}`),
        weight: 2,
      },
      {
        arbitrary: fc
        .tuple(
          key,
          fc.array(fc.tuple(key, text, fc.option(fc.tuple(key, text), { nil: undefined }), fc.constantFrom("  - ", "- ", "  -   ", "    - "), fc.constantFrom(0, 1, -1), fc.constantFrom("", "\n", "\n  # note")), {
            minLength: 1,
            maxLength: 3,
          }),
        )
        .map(
          ([k, records]) =>
            `${k}:\n${records
              .map(([k1, v1, second, dash, shift, after]) => `${dash}${k1}: ${v1}${second === undefined ? "" : `\n${" ".repeat(dash.length + shift)}${second[0]}: ${second[1]}`}${after}`)
              .join("\n")}`,
        ),
        weight: 2,
      },
      { arbitrary: fc.constantFrom("# comment", "", "  # indented comment", "   ", "  indented: x", "---", "..."), weight: 1 },
    );
    let read = 0;
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
        if (expectAgreement(`${entries.join("\n")}\n`)) read++;
      }),
      { numRuns: 30000 },
    );
    // Many of these are not simple; enough must be for the comparison to mean something.
    expect(read).toBeGreaterThan(2000);
  });
});
