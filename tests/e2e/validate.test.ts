import { chmodSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, ROOT, runCli } from "../helpers/run-cli.js";

describe("irinsider validate", () => {
  it("passes the bundled store (the seed article)", () => {
    const result = runCli(ROOT, ["validate"]);
    expect(result.exitCode).toBe(0);
    // The seed keeps its own spellings word for word, so the two misspelt countries are warnings.
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("0 errors, 2 warnings in 1 file");
    expect(result.stderr).toBe("");
  });

  it("skips _ and . files and checks sub-folders in a clean store", () => {
    expect(runCli(fixture("clean"), ["validate"]).stdout.trimEnd().split("\n").at(-1)).toBe("0 errors, 2 warnings in 2 files");
  });

  it("reports every problem of every file, then a summary, and exits 1", () => {
    const result = runCli(fixture("findings"), ["validate"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n").filter((line) => line.startsWith("articles/"));
    expect(lines).toEqual([
      'articles/2019-03-01-typos.md:3:7  error    frontmatter/date  "2019-02-30" is not a real calendar date.',
      'articles/2019-03-01-typos.md:4:1  warning  frontmatter/unknown-key  Unknown key "auther". Did you mean "authors"?',
      'articles/2019-03-01-typos.md:5:10  error    frontmatter/type  "authors" must be a list, not the text "Jane Doe".',
      'articles/2019-03-01-typos.md:6:10  error    frontmatter/section  "Afrika" is not a section. Did you mean "Africa"?',
      'articles/2019-03-01-typos.md:8:17  error    frontmatter/country  "Nigeria" is not an ISO 3166-1 alpha-2 country code. Did you mean NG?',
      'articles/2019-03-01-typos.md:8:26  error    frontmatter/country  "XX" is not an ISO 3166-1 alpha-2 country code.',
      "articles/2019-03-01-typos.md:10:5  error    image/credit  Image 1 has no credit.",
      'articles/2019-03-02-same-slug.md:7:7  error    store/duplicate-slug  The slug "shared-slug" is also used by articles/2019-03-03-shared-slug.md.',
      'articles/2019-03-02-same-slug.md:7:7  warning  store/filename  The file name\'s slug is "same-slug" but "slug" is "shared-slug".',
      'articles/2019-03-03-shared-slug.md:7:7  error    store/duplicate-slug  The slug "shared-slug" is also used by articles/2019-03-02-same-slug.md.',
      'articles/2019-03-04-only-warnings.md:7:1  warning  frontmatter/unknown-key  Unknown key "subtitle".',
    ]);
    expect(result.stdout).toContain('    hint: Write it as a list, even for one: authors: ["Jane Doe"]');
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("8 errors, 3 warnings in 4 files");
  });

  it("checks only the given files and folders; warnings alone exit 0 unless --max-warnings is exceeded", () => {
    const cwd = fixture("findings");
    const file = "articles/2019-03-04-only-warnings.md";
    expect(runCli(cwd, ["validate", file])).toMatchObject({ exitCode: 0 });
    expect(runCli(cwd, ["validate", file, "--max-warnings", "0"])).toMatchObject({ exitCode: 1, stderr: "1 warnings is more than --max-warnings 0.\n" });
    expect(runCli(cwd, ["validate", file, "--quiet"]).stdout).toBe("0 errors, 0 warnings in 1 file\n");
  });

  it("says the same of the store folder given as a path as of the store", () => {
    expect(runCli(fixture("findings"), ["validate", "articles"])).toEqual(runCli(fixture("findings"), ["validate"]));
  });

  it("compares a file checked on its own with the rest of the store's slugs", () => {
    const result = runCli(fixture("findings"), ["validate", "articles/2019-03-02-same-slug.md"]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('articles/2019-03-02-same-slug.md:7:7  error    store/duplicate-slug  The slug "shared-slug" is also used by articles/2019-03-03-shared-slug.md.');
    expect(result.stdout).not.toContain("articles/2019-03-03-shared-slug.md:");
    // The other way round: the other file's slug is in its front matter, not its name.
    const other = runCli(fixture("findings"), ["validate", "articles/2019-03-03-shared-slug.md"]);
    expect(other.stdout).toContain('articles/2019-03-03-shared-slug.md:7:7  error    store/duplicate-slug  The slug "shared-slug" is also used by articles/2019-03-02-same-slug.md.');
  });

  it("prints ESLint's JSON shape with --format json", () => {
    const result = runCli(fixture("findings"), ["validate", "--format", "json"]);
    expect(result.exitCode).toBe(1);
    const results = JSON.parse(result.stdout);
    expect(results.map((r: { filePath: string }) => path.basename(r.filePath))).toEqual([
      "2019-03-01-typos.md",
      "2019-03-02-same-slug.md",
      "2019-03-03-shared-slug.md",
      "2019-03-04-only-warnings.md",
    ]);
    expect(results[0]).toMatchObject({ filePath: path.join(fixture("findings"), "articles/2019-03-01-typos.md"), errorCount: 6, warningCount: 1 });
    expect(results[0].messages[0]).toMatchObject({ ruleId: "frontmatter/date", severity: 2, line: 3, column: 7 });
  });

  it("takes --json for --format json, as the other commands do", () => {
    const json = runCli(fixture("findings"), ["validate", "--json"]);
    expect(json.exitCode).toBe(1);
    expect(json.stderr).toBe("");
    expect(json.stdout).toBe(runCli(fixture("findings"), ["validate", "--format", "json"]).stdout);
  });

  it("prints GitHub annotations with --format github, and by default under GitHub Actions", () => {
    const explicit = runCli(fixture("findings"), ["validate", "--format", "github"]);
    expect(explicit.stdout).toContain('::error file=articles/2019-03-01-typos.md,line=3,col=7,endLine=3,endColumn=17,title=frontmatter/date::"2019-02-30" is not a real calendar date.%0ACheck the month and the day.\n');
    const inActions = runCli(fixture("findings"), ["validate"], { env: { GITHUB_ACTIONS: "true" } });
    expect(inActions.stdout).toBe(explicit.stdout);
  });

  it("reports bad input without crashing and checks the rest", () => {
    const result = runCli(fixture("bad-input"), ["validate"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe("");
    const out = result.stdout;
    expect(out).toContain("articles/2020-01-01-empty.md:1:1  error    frontmatter/missing  The file is empty.");
    expect(out).toContain("articles/2020-01-02-no-front-matter.md:1:1  error    frontmatter/missing  No front matter");
    expect(out).toContain("articles/2020-01-03-only-opening.md:1:1  error    frontmatter/yaml  The front matter opened on line 1 is never closed.");
    expect(out).not.toContain("2020-01-04-bom.md");
    expect(out).toContain('articles/2020-01-05-crlf.md:7:1  warning  frontmatter/unknown-key  Unknown key "auther"');
    expect(out).toContain("articles/2020-01-06-invalid-utf8.md:9:1  error    store/encoding");
    expect(out).toContain("articles/2020-01-07-js.md:1:1  error    frontmatter/yaml  Front matter in ---js is not supported and is never executed.");
    expect(out).toContain("articles/2020-01-08-toml.md:1:1  error    frontmatter/missing  TOML front matter (+++) is not supported");
    expect(out).toContain(`hint: Put the value in single quotes: title: 'NATO "expels" diplomats'`);
    expect(out).not.toContain("2020-01-10-inside.md");
    expect(out).toContain("articles/loop-a.md:1:1  warning  store/symlink  Symbolic link not followed (it is part of a link loop).");
    expect(out).toContain("articles/outside:1:1  warning  store/symlink  Symbolic link not followed.");
    expect(out).toContain("in 10 files");
  });

  it("reads one article from standard input with -", () => {
    const text = "---\ntitle: T\ndate: 2018-03-28\nauthors: [A]\nsection: Europ\nsummary: S\n---\nBody.\n";
    const result = runCli(ROOT, ["validate", "-"], { input: text });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('<stdin>:5:10  error    frontmatter/section  "Europ" is not a section. Did you mean "Europe"?');
    expect(runCli(ROOT, ["validate", "-", "--stdin-filename", "articles/2018-03-28-t.md"], { input: text }).stdout).toContain("articles/2018-03-28-t.md:5:10");
  });

  it("uses the configuration's store, sections and rule severities", () => {
    const result = runCli(fixture("configured"), ["validate"]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      'content/posts/2021-05-02-wrong-name.md:3:7  error    store/filename  The file name says 2021-05-02 but "date" is 2021-05-03.\n    hint: Rename the file or correct the date.\n\n1 error, 0 warnings in 2 files\n',
    );
  });

  it("reports a 50 MB article and an unreadable file, and still checks the rest", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "irinsider-big-"));
    try {
      mkdirSync(path.join(dir, "articles"));
      const head = "---\ntitle: Big\ndate: 2020-02-01\nauthors: [A]\nsection: Global\nsummary: s\n---\n";
      writeFileSync(path.join(dir, "articles/2020-02-01-big.md"), head + "All work and no play. ".repeat(2_400_000));
      writeFileSync(path.join(dir, "articles/2020-02-02-locked.md"), head);
      chmodSync(path.join(dir, "articles/2020-02-02-locked.md"), 0o000);
      const result = runCli(dir, ["validate"]);
      // Root reads any file whatever its mode, so the locked file is only unreadable for other users.
      const isRoot = process.getuid?.() === 0;
      expect(result.exitCode).toBe(isRoot ? 0 : 1);
      expect(result.stdout).toContain("in 2 files");
      if (!isRoot) expect(result.stdout).toContain("articles/2020-02-02-locked.md:1:1  error    store/unreadable  Cannot read this file: permission denied.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("cannot run (exit 2) with a missing store, a missing path, a bad flag or a bad configuration", () => {
    const missing = runCli(fixture("findings"), ["validate", "--store", "nowhere"]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('The article store "nowhere" (from --store) does not exist or is not a folder.');
    expect(missing.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(runCli(fixture("findings"), ["validate", "articles/nope.md"])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining("No such file or folder: articles/nope.md") });
    const badFlag = runCli(fixture("findings"), ["validate", "--format", "xml"]);
    expect(badFlag.exitCode).toBe(2);
    expect(badFlag.stderr).toContain("error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, github.\nRun `irinsider validate --help` for usage.");
    const config = runCli(fixture("bad-config"), ["validate"]);
    expect(config).toMatchObject({ exitCode: 2, stdout: "" });
    expect(config.stderr).toContain('irinsider.config.json: "rules.frontmatter/unkown-key" is not a rule. Did you mean "frontmatter/unknown-key"?');
    expect(runCli(fixture("findings"), ["valdate"]).stderr).toBe("error: unknown command 'valdate'\n(Did you mean validate?)\nRun `irinsider --help` for usage.\n");
  });
});
