import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, copyFixture, runCli } from "../helpers/run-cli.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes and modification time. */
function snapshot(dir: string): Record<string, { bytes: string; mtime: number }> {
  const entries: Record<string, { bytes: string; mtime: number }> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    entries[path.relative(dir, file)] = { bytes: readFileSync(file).toString("base64"), mtime: statSync(file).mtimeMs };
  }
  return entries;
}

describe("the read-only commands never write", () => {
  it.each([["validate"], ["quotes", "--json"], ["speakers"], ["summary"], ["list", "--format", "csv"], ["schema"]])("irinsider %s leaves every byte and time as it was", (...args) => {
    const dir = copyFixture("catalogue");
    dirs.push(dir);
    const before = snapshot(dir);
    runCli(dir, args);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("new is atomic", () => {
  it("killed at any moment, it leaves either no article or the whole article", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "irinsider-kill-"));
    dirs.push(dir);
    mkdirSync(path.join(dir, "articles"));
    const args = ["new", "--title", "Killed Midway", "--author", "Ann Lee", "--section", "Europe", "--summary", "s.", "--date", "2022-01-01", "--yes"];
    const expected = runCli(dir, [...args, "--dry-run"]).stdout;
    const target = path.join(dir, "articles/2022-01-01-killed-midway.md");
    let written = 0;
    for (let delay = 0; delay < 800; delay += 40) {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: "ignore", env: { ...process.env, NO_COLOR: "1" } });
      const closed = new Promise((resolve) => child.on("close", resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await closed;
      const articles = readdirSync(path.join(dir, "articles")).filter((name) => !name.startsWith("."));
      if (articles.length > 0) {
        expect(articles).toEqual(["2022-01-01-killed-midway.md"]);
        expect(readFileSync(target, "utf8")).toBe(expected);
        written++;
        rmSync(target);
      }
    }
    // The runs killed late finished their write; a hidden temp file is all an early kill can leave.
    expect(written).toBeGreaterThan(0);
  });

  it("the next write removes the temp files of killed runs, and only those", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "irinsider-orphans-"));
    dirs.push(dir);
    const articles = path.join(dir, "articles");
    mkdirSync(articles);
    // A writer that is gone (no process has this id), one that still runs (this test), and a file that is not ours.
    const gone = ".2022-01-01-killed.md.4194304999.1700000000000.tmp";
    const running = `.2022-01-02-writing.md.${process.pid}.1700000000000.tmp`;
    const notOurs = ".notes.tmp";
    for (const name of [gone, running, notOurs]) writeFileSync(path.join(articles, name), "partial");
    const result = runCli(dir, ["new", "--title", "After A Kill", "--author", "Ann Lee", "--section", "Europe", "--summary", "s.", "--date", "2022-01-03", "--yes"]);
    expect(result.exitCode).toBe(0);
    expect(readdirSync(articles).sort()).toEqual([running, notOurs, "2022-01-03-after-a-kill.md"].sort());
  });
});
