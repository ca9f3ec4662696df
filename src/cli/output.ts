import { plainColors, type Colors } from "../report/colors.js";

/** What a command gets from the outside world: no `process` in handlers, so tests need no spies. */
export interface CommandIO {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Text, or text already encoded as UTF-8. */
  out(text: string | Uint8Array): void;
  err(text: string): void;
  colors: Colors;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Terminal width, or 100 outside a terminal. */
  columns: number;
}

/**
 * The colour decision, made once: `--color`/`--no-color`, then NO_COLOR, then FORCE_COLOR,
 * then whether stdout is a terminal. (chalk itself ignores NO_COLOR: we decide for it.)
 */
export function colorLevel(flag: boolean | undefined, env: CommandIO["env"], isTTY: boolean): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return forcedLevel(env.FORCE_COLOR) || 1;
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  return isTTY && env.TERM !== "dumb" ? 1 : 0;
}

function forcedLevel(value: string | undefined): 0 | 1 | 2 | 3 {
  if (value === undefined) return 0;
  if (value === "" || value === "true") return 1;
  if (value === "false") return 0;
  const level = Number(value);
  return level >= 3 ? 3 : level === 2 ? 2 : level === 1 ? 1 : 0;
}

/** `--color` / `--no-color` anywhere before `--`; the last one wins. */
export function colorFlag(argv: readonly string[]): boolean | undefined {
  let flag: boolean | undefined;
  for (const arg of argv) {
    if (arg === "--") break;
    if (arg === "--color") flag = true;
    if (arg === "--no-color") flag = false;
  }
  return flag;
}

/** The real terminal: chalk is loaded only when there is colour to show (start-up stays fast in pipes). */
export async function createProcessIO(argv: readonly string[]): Promise<CommandIO> {
  const stdoutIsTTY = Boolean(process.stdout.isTTY);
  const level = colorLevel(colorFlag(argv), process.env, stdoutIsTTY);
  const colors: Colors = level === 0 ? plainColors : new (await import("chalk")).Chalk({ level });
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    colors,
    stdoutIsTTY,
    // Asked only by `new`: standard input is set up on first use, which costs start-up time.
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    columns: process.stdout.columns || 100,
  };
}

/** A terminal of `columns` without colour whose standard output is kept (`printed`): the build's saved help, and tests. */
export function recordingIO(columns: number): CommandIO & { printed(): string } {
  let printed = "";
  return {
    cwd: process.cwd(),
    env: {},
    out: (text) => void (printed += typeof text === "string" ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("utf8")),
    err: (text) => void process.stderr.write(text),
    colors: plainColors,
    stdoutIsTTY: true,
    stdinIsTTY: false,
    columns,
    printed: () => printed,
  };
}
