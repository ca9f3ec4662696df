import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, ROOT, runCli, SEED } from "../helpers/run-cli.js";

const dirs: string[] = [];
function emptyStore(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "irinsider-new-"));
  mkdirSync(path.join(dir, "articles"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const flags = ["--title", "Côte d’Ivoire’s Élection", "--author", "Ann Lee", "--section", "Africa", "--summary", "Ivorians vote on Saturday.", "--date", "2020-10-31", "--country", "Ivory Coast", "--tag", "elections"];

describe("irinsider new (scripted)", () => {
  it("without a store folder, writes nothing and says how to start one (exit 2)", () => {
    const dir = emptyStore();
    rmSync(path.join(dir, "articles"), { recursive: true });
    const result = runCli(dir, ["new", ...flags, "--yes"]);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toContain('The article store "articles" (the default) does not exist or is not a folder.');
    expect(result.stderr).toContain("To start a new store there, create the folder first: mkdir articles");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("writes the article from flags, prints the path and the next step, and the file passes validate", () => {
    const dir = emptyStore();
    const result = runCli(dir, ["new", ...flags, "--yes"]);
    expect(result).toMatchObject({ exitCode: 0, stdout: "Created articles/2020-10-31-cote-divoires-election.md\n" });
    expect(result.stderr).toContain("npx irinsider validate articles/2020-10-31-cote-divoires-election.md");
    const text = readFileSync(path.join(dir, "articles/2020-10-31-cote-divoires-election.md"), "utf8");
    expect(text.split("\n").slice(0, 10)).toEqual([
      "---",
      "title: Côte d’Ivoire’s Élection",
      "date: 2020-10-31",
      "authors: [Ann Lee]",
      "section: Africa",
      "summary: Ivorians vote on Saturday.",
      "status: draft",
      "tags: [elections]",
      "countries: [CI]",
      "---",
    ]);
    expect(runCli(dir, ["validate"])).toMatchObject({ exitCode: 0, stdout: "0 errors, 0 warnings in 1 file\n" });
  });

  it("scaffolds an article marked published that validate holds back until it has text", () => {
    const dir = emptyStore();
    expect(runCli(dir, ["new", ...flags, "--status", "published", "--yes"]).exitCode).toBe(0);
    const file = "articles/2020-10-31-cote-divoires-election.md";
    const result = runCli(dir, ["validate"]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`${file}:7:9  error    body/empty  The article's status is published, but it has no text below its front matter.`);
    writeFileSync(path.join(dir, file), `${readFileSync(path.join(dir, file), "utf8")}\nIvorians vote on Saturday in a tense election.\n`);
    expect(runCli(dir, ["validate"])).toMatchObject({ exitCode: 0, stdout: "0 errors, 0 warnings in 1 file\n" });
  });

  it("prints instead of writing with --dry-run", () => {
    const dir = emptyStore();
    const result = runCli(dir, ["new", ...flags, "--yes", "--dry-run"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^---\ntitle: Côte d’Ivoire’s Élection\n/);
    expect(readdirSync(path.join(dir, "articles"))).toEqual([]);
  });

  it.each([
    ["file name", "2019-01-01-cote-divoires-election.md", "original"],
    ["front matter", "2018-05-05-elections.md", "---\ntitle: Elections\nslug: cote-divoires-election\n---\n\nText.\n"],
  ])("refuses a slug that another article has in its %s: exit 1, names the file, suggests --slug, writes nothing", (_, name, text) => {
    const dir = emptyStore();
    writeFileSync(path.join(dir, "articles", name), text);
    const result = runCli(dir, ["new", ...flags, "--yes"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`An article with the slug "cote-divoires-election" already exists: articles/${name}. Nothing was written.`);
    expect(result.stderr).toContain("--slug");
    expect(readFileSync(path.join(dir, "articles", name), "utf8")).toBe(text);
    expect(readdirSync(path.join(dir, "articles"))).toEqual([name]);
  });

  it("without a terminal, a missing required value is a usage error naming the flags", () => {
    const dir = emptyStore();
    const result = runCli(dir, ["new", "--title", "Only a title"], { env: { GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("Missing --author, --section, --summary: standard input is not a terminal, so irinsider cannot ask.");
    expect(readdirSync(path.join(dir, "articles"))).toEqual([]);
  });

  it("lets only one of two racing runs write the same slug", async () => {
    const dir = emptyStore();
    const { spawn } = await import("node:child_process");
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, "new", ...flags, "--yes"], { cwd: dir, stdio: "ignore", env: { ...process.env, NO_COLOR: "1" } });
        child.on("close", resolve);
      });
    const codes = await Promise.all([run(), run()]);
    expect(codes.sort()).toEqual([0, 1]);
    expect(readdirSync(path.join(dir, "articles"))).toEqual(["2020-10-31-cote-divoires-election.md"]);
  });
});

describe("irinsider import", () => {
  it("reproduces the bundled article from the seed export (fields given by flags)", () => {
    const dir = emptyStore();
    const result = runCli(dir, ["import", SEED, "--date", "2018-03-28", "--author", "IR Insider staff", "--section", "Europe", "--status", "published", "--tag", "NATO", "--tag", "Russia", "--tag", "diplomacy", "--tag", "Skripal poisoning", "--slug", "nato-expels-russian-diplomats"]);
    expect(result).toMatchObject({ exitCode: 0, stdout: "Created articles/2018-03-28-nato-expels-russian-diplomats.md\n" });
    expect(result.stderr).toBe("Next: open it and check it, then run: npx irinsider validate articles/2018-03-28-nato-expels-russian-diplomats.md\n");
    const name = "articles/2018-03-28-nato-expels-russian-diplomats.md";
    expect(readFileSync(path.join(dir, name), "utf8")).toBe(readFileSync(path.join(ROOT, name), "utf8"));
  });

  it("leaves what the text lacks as placeholders that validate reports, and reads standard input", () => {
    const dir = emptyStore();
    const result = runCli(dir, ["import", "-"], { input: readFileSync(SEED, "utf8") });
    expect(result.exitCode).toBe(0);
    const created = "articles/undated-nato-expels-russian-diplomats-following-spy-poisoning.md";
    expect(result.stdout).toBe(`Created ${created}\n`);
    expect(result.stderr).toBe(`Next: open it and fill in date, authors, section (marked TODO), then run: npx irinsider validate ${created}\n`);
    const report = runCli(dir, ["validate"]);
    expect(report.exitCode).toBe(1);
    expect(report.stdout).toContain(`${created}:3:7  error    frontmatter/required  Required field "date" is empty.`);
    expect(report.stdout).toContain(`${created}:4:10  error    frontmatter/required  Required field "authors" is empty.`);
    expect(report.stdout).toContain(`${created}:5:10  error    frontmatter/required  Required field "section" is empty.`);
    // The undated file's name still gives its slug: the same article imported again, dated, is refused.
    const again = runCli(dir, ["import", SEED, "--date", "2018-03-28"]);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain(`An article with the slug "nato-expels-russian-diplomats-following-spy-poisoning" already exists: ${created}. Nothing was written.`);
  });

  it("refuses to overwrite, and cannot run on a missing file", () => {
    const dir = emptyStore();
    const args = ["import", SEED, "--date", "2018-03-28", "--slug", "nato"];
    expect(runCli(dir, args).exitCode).toBe(0);
    const again = runCli(dir, args);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(runCli(dir, ["import", "missing.txt"])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining("Cannot read missing.txt: no such file.") });
  });

  it("prints with --dry-run and writes nothing", () => {
    const dir = emptyStore();
    const result = runCli(dir, ["import", SEED, "--dry-run"]);
    expect(result.stdout).toMatch(/^---\ntitle: NATO Expels Russian Diplomats Following Spy Poisoning\n/);
    expect(readdirSync(path.join(dir, "articles"))).toEqual([]);
  });
});

// Driving the real binary in a pseudo-terminal needs tmux; it is on this project's machines.
const hasTmux = spawnSync("tmux", ["-V"]).status === 0;

describe.skipIf(!hasTmux)("irinsider new (interactive, in a terminal)", () => {
  const tmux = (...args: string[]) => spawnSync("tmux", args, { encoding: "utf8" });
  const screen = (session: string) => tmux("capture-pane", "-t", session, "-p").stdout;
  const waitFor = async (session: string, text: string) => {
    for (let i = 0; i < 100; i++) {
      if (screen(session).includes(text)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`"${text}" never appeared on the screen:\n${screen(session)}`);
  };
  const start = (dir: string) => {
    const session = `irinsider-${process.pid}-${Date.now()}`;
    const command = `cd ${dir} && GIT_CONFIG_GLOBAL=/dev/null NO_COLOR=1 ${process.execPath} ${BIN} new --date 2021-02-03; echo EXIT=$?; sleep 5`;
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command);
    return session;
  };

  it("walks a person through the prompts and writes the article", async () => {
    const dir = emptyStore();
    const session = start(dir);
    try {
      await waitFor(session, "Title");
      tmux("send-keys", "-t", session, "Sanctions and Their Limits", "Enter");
      await waitFor(session, "Authors");
      tmux("send-keys", "-t", session, "Ann Lee", "Enter");
      await waitFor(session, "Section");
      tmux("send-keys", "-t", session, "Down", "Down", "Down", "Enter");
      await waitFor(session, "Tags");
      tmux("send-keys", "-t", session, "sanctions", "Enter");
      await waitFor(session, "Countries covered");
      tmux("send-keys", "-t", session, "germ");
      await waitFor(session, "Germany (DE)");
      tmux("send-keys", "-t", session, "Down", "Enter");
      await waitFor(session, "Another country (DE)");
      tmux("send-keys", "-t", session, "Enter");
      await waitFor(session, "Summary");
      tmux("send-keys", "-t", session, "EU sanctions have not stopped the war.");
      await waitFor(session, "38/300");
      tmux("send-keys", "-t", session, "Enter");
      await waitFor(session, "Status");
      tmux("send-keys", "-t", session, "Enter");
      await waitFor(session, "EXIT=");
      expect(screen(session)).toContain("Created articles/2021-02-03-sanctions-and-their-limits.md");
      expect(screen(session)).toContain("EXIT=0");
      const text = readFileSync(path.join(dir, "articles/2021-02-03-sanctions-and-their-limits.md"), "utf8");
      expect(text).toContain("authors: [Ann Lee]\nsection: Europe\nsummary: EU sanctions have not stopped the war.\nstatus: draft\ntags: [sanctions]\ncountries: [DE]\n");
    } finally {
      tmux("kill-session", "-t", session);
    }
  });

  it("Ctrl-C at a prompt cancels with exit 130 and writes nothing", async () => {
    const dir = emptyStore();
    const session = start(dir);
    try {
      await waitFor(session, "Title");
      tmux("send-keys", "-t", session, "Half an article", "Enter");
      await waitFor(session, "Authors");
      tmux("send-keys", "-t", session, "C-c");
      await waitFor(session, "EXIT=");
      expect(screen(session)).toContain("Cancelled. Nothing was written.");
      expect(screen(session)).toContain("EXIT=130");
      expect(existsSync(path.join(dir, "articles")) && readdirSync(path.join(dir, "articles"))).toEqual([]);
    } finally {
      tmux("kill-session", "-t", session);
    }
  });
});
