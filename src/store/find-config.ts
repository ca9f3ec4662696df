import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CONFIG_FILE_NAME, defaultConfig, parseConfig, type Config } from "../config.js";
import { IrinsiderError } from "../errors.js";

/**
 * The nearest `irinsider.config.json`, searched upward from `cwd` and stopping at the git
 * root (the folder holding `.git`), or the defaults when there is none.
 */
export function loadConfig(cwd: string, explicitFile?: string): Config {
  const file = explicitFile ? path.resolve(cwd, explicitFile) : findConfigFile(cwd);
  if (!file) return defaultConfig();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new IrinsiderError(`Cannot read the configuration ${displayPath(cwd, file)}: ${(error as NodeJS.ErrnoException).code ?? error}.`, {
      hint: explicitFile ? "Check the path given to --config." : undefined,
      cause: error,
    });
  }
  return parseConfig(text, displayPath(cwd, file));
}

function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(path.join(dir, ".git"))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A path as the user sees it: relative to the current directory, with forward slashes. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file) || ".";
  return relative.split(path.sep).join("/");
}
