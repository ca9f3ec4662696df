import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the benchmark scripts are plain JavaScript modules
import { generateStore } from "../../bench/generate.mjs";
import { isCalendarDate } from "../../src/frontmatter/dates.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

// The built modules: workers run dist/cli/worker.js, which only the build has.
const { runTask } = (await import(path.join(ROOT, "dist/cli/parallel.js"))) as typeof import("../../src/cli/parallel.js");
const { DEFAULT_SECTIONS } = (await import(path.join(ROOT, "dist/config.js"))) as typeof import("../../src/config.js");
const { findArticles } = (await import(path.join(ROOT, "dist/store/find-articles.js"))) as typeof import("../../src/store/find-articles.js");

// Stores of 2,000 files or more are shared between threads: the results must be the same, in
// the same order, as from one thread. Among the first files, whose bodies a worker reads for the
// main thread, are some whose bytes are wrong: their findings must be the same too.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "irinsider-parallel-"));
  generateStore(dir, 2400, 5);
  const head = "---\ntitle: Odd bytes\ndate: 2021-04-01\nauthors: [Ann Lee]\nsection: Europe\nsummary: s\n---\n";
  const write = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, "articles", "000", name), data);
  write("2015-01-03-utf16.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${head}“We stay,” she said.\n`, "utf16le")]));
  write("2015-01-04-nul-bytes.md", `${head}Binary\0junk.\n`);
  write("2015-01-06-latin1.md", Buffer.concat([Buffer.from(`${head}“Caf`), Buffer.from([0xe9]), Buffer.from("”, he said.\n")]));
  write("2015-01-07-bom.md", `\ufeff${head}“Yes,” said Ann Lee.\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("work shared between threads", () => {
  // The last: a range that leaves 1,884 files, too few to share; the worker started for the store is let go.
  it.each(
    [["validate", "--format", "json"], ["quotes", "--json"], ["summary", "--json"], ["list", "--format", "csv"], ["quotes", "--json", "--since", "2016-03-01", "--until", "2023-12-31"]].map((args): [string, string[]] => [args.join(" "), args]),
  )("irinsider %s gives what one thread gives", (_, args) => {
    const shared = runCli(dir, args);
    const single = runCli(dir, args, { env: { IRINSIDER_THREADS: "1" } });
    expect(shared.exitCode).toBe(single.exitCode);
    expect(shared.stdout.length).toBeGreaterThan(1000);
    // Whole output, not a cut-off one: the JSON listings parse.
    if (args.includes("json") || args.includes("--json")) expect(() => JSON.parse(shared.stdout)).not.toThrow();
    expect(shared.stdout).toBe(single.stdout);
    expect(shared.stderr).toBe(single.stderr);
  }, 120_000);

  it("leaves out by their front matter exactly the articles its filters leave out", () => {
    // Filtered listings read the front matter of every file first and only the files that pass:
    // the same rows as all of them filtered afterwards.
    type Row = { date: string | null; section: string | null; status: string; file: string };
    const all: Row[] = JSON.parse(runCli(dir, ["list", "--json"]).stdout);
    const since = runCli(dir, ["list", "--json", "--since", "2018-01-01", "--until", "2019-12-31"]);
    expect(JSON.parse(since.stdout)).toEqual(all.filter((row) => row.date !== null && isCalendarDate(row.date) && row.date >= "2018-01-01" && row.date <= "2019-12-31"));
    expect(JSON.parse(runCli(dir, ["list", "--json", "--section", "Europe", "--status", "draft"]).stdout)).toEqual(all.filter((row) => row.section === "Europe" && row.status === "draft"));
    // Broken front matter is still warned about once, filtered or not.
    expect(since.stderr).toBe(runCli(dir, ["list", "--json"]).stderr);
  }, 120_000);

  it.each([["check"], ["stats"], ["rows"], ["quotes"]] as const)("the %s task gives the same when a worker takes whole files from the 1,000th on", async (task) => {
    const { files } = findArticles(["articles"], dir);
    // A file gone between finding and reading it, in a piece whose bodies the worker reads.
    files.splice(30, 0, { path: path.join(dir, "articles", "000", "gone.md"), file: "articles/000/gone.md" });
    const input = { cwd: dir, sections: [...DEFAULT_SECTIONS] };
    const shared = await runTask(task, files, input, { maxThreads: 2, wholeFrom: 1000 });
    const single = await runTask(task, files, input, { maxThreads: 1 });
    expect(shared).toHaveLength(2405);
    expect(shared).toEqual(single);
  }, 120_000);

  it("gives the same with two workers, which take whole files and whose pieces come back in any order", () => {
    // A range that leaves more than 2,000 files (2,356 by their names), so that they are still shared.
    const args = ["quotes", "--json", "--since", "2015-02-01", "--until", "2024-11-30"];
    const shared = runCli(dir, args, { env: { IRINSIDER_THREADS: "3" } });
    const single = runCli(dir, args, { env: { IRINSIDER_THREADS: "1" } });
    expect(shared.exitCode).toBe(0);
    expect(JSON.parse(shared.stdout).length).toBeGreaterThan(1000);
    expect(shared.stdout).toBe(single.stdout);
    expect(shared.stderr).toBe(single.stderr);
  }, 120_000);
});
