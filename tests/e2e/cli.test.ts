import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { readFileSync } from "node:fs";
import path from "node:path";

describe("irinsider (global behaviour)", () => {
  it("lists every command with examples in --help", () => {
    const result = runCli(ROOT, ["--help"]);
    expect(result.exitCode).toBe(0);
    for (const command of ["validate", "quotes", "speakers", "summary", "list", "new", "import", "schema"]) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    expect(result.stdout).toContain("Examples:");
    expect(result.stdout).toContain("Exit codes: 0 clean, 1 findings, 2 could not run, 130 cancelled.");
  });

  it("prints the help the build saved exactly as the program itself writes it", () => {
    // `--help` and `-h` print the text saved at build time; `help` asks commander for it.
    const fromProgram = runCli(ROOT, ["help"]);
    expect(fromProgram.exitCode).toBe(0);
    expect(runCli(ROOT, ["--help"])).toEqual(fromProgram);
    expect(runCli(ROOT, ["-h"])).toEqual(fromProgram);
  });

  it("fits every help in 80 columns", () => {
    for (const command of ["", "validate", "quotes", "speakers", "summary", "list", "new", "import", "schema"]) {
      const { stdout } = runCli(ROOT, command ? [command, "--help"] : ["--help"]);
      expect(stdout.split("\n").filter((line) => line.length > 80)).toEqual([]);
    }
  });

  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(runCli(ROOT, ["--version"])).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("colours only when asked or on a terminal", () => {
    const plain = runCli(path.join(ROOT, "tests/fixtures/stores/findings"), ["validate"]);
    expect(plain.stdout).not.toContain("\u001b[");
    const forced = runCli(path.join(ROOT, "tests/fixtures/stores/findings"), ["validate", "--color"], { env: { NO_COLOR: undefined } });
    expect(forced.stdout).toContain("\u001b[31m");
    const env = runCli(path.join(ROOT, "tests/fixtures/stores/findings"), ["validate"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(env.stdout).toContain("\u001b[");
  });

  it("prints the front-matter schema as JSON Schema", () => {
    const result = runCli(ROOT, ["schema"]);
    expect(result.exitCode).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.required).toEqual(["title", "date", "authors", "section", "summary"]);
    expect(schema.properties.section.enum).toContain("Europe");
    expect(schema.properties.images.items.required).toEqual(["caption", "credit"]);
  });
});
