import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/irinsider.js");
export const FIXTURES = path.join(ROOT, "tests/fixtures/stores");
// A copy of ../shared/seeds/nato-expels-russian-diplomats.txt, so the suite runs from any clone.
export const SEED = path.join(ROOT, "tests/fixtures/seeds/nato-expels-russian-diplomats.txt");

export interface CliResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
}

/** Runs the built CLI in `cwd` with stdin closed (or given) and no colour, as CI would. */
export function runCli(cwd: string, args: readonly string[], options: RunOptions = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, IRINSIDER_STORE: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
    // spawnSync stops a child at 1 MiB of output by default: a large listing must come back whole.
    maxBuffer: 1 << 30,
    input: options.input,
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The fixture store folder for a scenario. */
export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/** A private copy of a fixture, for commands that write or for files made at test time. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `irinsider-${name}-`));
  cpSync(fixture(name), dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}
