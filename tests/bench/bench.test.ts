import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: the benchmark scripts are plain JavaScript modules
import { generateArticle, generateStore, random } from "../../bench/generate.mjs";
// @ts-expect-error: the benchmark scripts are plain JavaScript modules
import { formatTable, median, runBenchmark } from "../../bench/run.mjs";
import { checkArticle } from "../../src/check/check-article.js";
import { DEFAULT_SECTIONS } from "../../src/config.js";
import { analyzeQuotes } from "../../src/quotes/attribute.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "irinsider-gen-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const filesOf = (store: string) =>
  readdirSync(store, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();

describe("the store generator", () => {
  it("is deterministic: the same seed writes the same bytes, another seed other ones", () => {
    const a = filesOf(generateStore(tempDir(), 30, 7)).map((f) => readFileSync(f, "utf8"));
    const b = filesOf(generateStore(tempDir(), 30, 7)).map((f) => readFileSync(f, "utf8"));
    const c = filesOf(generateStore(tempDir(), 30, 8)).map((f) => readFileSync(f, "utf8"));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("writes articles shaped like news: 600–1,200 words, 8–12 fields, apostrophes, 3–10 quotes the engine attributes", () => {
    const rand = random(3);
    for (let i = 0; i < 40; i++) {
      const { text } = generateArticle(rand, i, null);
      const [, front, body] = text.split(/^---$/m);
      const fields = front.split("\n").filter((line) => /^[a-z]+:/.test(line)).length;
      expect(fields).toBeGreaterThanOrEqual(8);
      expect(fields).toBeLessThanOrEqual(12);
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThanOrEqual(1400);
      // About one word in a hundred has an apostrophe, as in the seed article (one in seventy).
      expect((body.match(/’/g) ?? []).length).toBeGreaterThanOrEqual(words / 300);
      const quotes = analyzeQuotes(text, text.indexOf("\n---", 3) + 4).quotes.filter((q) => q.speech);
      expect(quotes.length).toBeGreaterThanOrEqual(3);
      expect(quotes.every((q) => q.speaker !== null)).toBe(true);
    }
  });

  it("breaks the front matter of about 1% of the files", () => {
    const store = generateStore(tempDir(), 1000, 1);
    const broken = filesOf(store).filter((file) =>
      checkArticle({ file, text: readFileSync(file, "utf8") }, { sections: DEFAULT_SECTIONS, hasFileName: true }).findings.some((f) => f.severity === "error"),
    );
    expect(broken.length).toBeGreaterThanOrEqual(2);
    expect(broken.length).toBeLessThanOrEqual(25);
  });
});

describe("the benchmark", () => {
  it("takes medians and formats its table", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const table = formatTable([{ name: "validate", articles: 1000, wall: 0.5, cpu: 0.93, rss: 80, ratio: 0.9, target: "≤ 1.0× floor", ok: true }]);
    expect(table.split("\n")[0]).toMatch(/^\| command +\| articles \| wall \(s\) \| CPU \(s\) \| articles\/s \| peak RSS \(MB\) \| ratio \| target +\| +\|$/);
    expect(table).toContain("| validate | 1,000    | 0.500    | 0.93    | 2,000      | 80            | 0.90× | ≤ 1.0× floor | ok |");
  });

  it("runs every command and the baselines on a small store", () => {
    const { rows } = runBenchmark({ sizes: [20], runs: 1, seed: 1 });
    expect(rows.map((r: { name: string }) => r.name)).toEqual([
      "node -e 0",
      "irinsider --version",
      "irinsider --help",
      "floor: read + parse front matter",
      "reference: read + js-yaml",
      "validate",
      "quotes --json",
      "summary --json",
      "list --json",
      "reference: quotes as a table",
    ]);
    for (const row of rows) expect(row.wall).toBeGreaterThan(0);
    // GNU time gives each process's CPU time (all its threads) and peak memory where it is installed.
    const validate = rows.find((r: { name: string }) => r.name === "validate");
    if (existsSync("/usr/bin/time")) expect([validate.cpu > 0, validate.rss > 0]).toEqual([true, true]);
    else expect([validate.cpu, validate.rss]).toEqual([null, null]);
    // Ratios are to each group's first row: node for start-up, the floor for the store commands.
    type Row = { name: string; wall: number; ratio: number | null; target: string | null; ok: boolean | null };
    const byName = new Map<string, Row>(rows.map((r: Row) => [r.name, r]));
    expect(byName.get("irinsider --help")!.ratio).toBeCloseTo(byName.get("irinsider --help")!.wall / byName.get("node -e 0")!.wall, 6);
    expect(byName.get("list --json")!.ratio).toBeCloseTo(byName.get("list --json")!.wall / byName.get("floor: read + parse front matter")!.wall, 6);
    expect(byName.get("floor: read + parse front matter")!.ratio).toBeNull();
    // The store commands are held to the floor from 10,000 articles on; a smaller store is timed only.
    expect([byName.get("validate")!.target, byName.get("validate")!.ok]).toEqual([null, null]);
    expect(byName.get("irinsider --version")!.target).toBe("≤ 1.5× node");
  });
});

describe("the engine dump (npm run dump:quotes)", () => {
  it("writes the same lines twice, one per text, with every quote and finding", () => {
    const dump = () => spawnSync(process.execPath, ["scripts/dump-quotes.mjs", "--articles", "20"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const first = dump();
    expect(first.status).toBe(0);
    expect(dump().stdout).toBe(first.stdout);
    const lines = first.stdout.trim().split("\n").map((line) => JSON.parse(line));
    // The fixtures, and the generated store's 20 articles at the end.
    expect(lines.filter((line) => /^articles\//.test(line.file))).toHaveLength(20);
    const seed = lines.find((line) => line.file.includes("2018-03-28"));
    expect(seed.quotes.quotes.filter((quote: { speech: boolean }) => quote.speech).map((quote: { speaker: string }) => quote.speaker)).toEqual([
      "Jens Stoltenberg",
      "Theresa May",
      "Theresa May",
      "the Russian government",
      "Raj Shah",
      "Raj Shah",
      "Raj Shah",
    ]);
  });
});
