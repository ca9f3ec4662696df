import type { Config } from "../config.js";
import { loadConfig } from "../store/find-config.js";
import { findArticles, type ArticleListing } from "../store/find-articles.js";
import { requireStore } from "../store/resolve-store.js";
import type { CommandContext } from "./program.js";

export interface Targets extends ArticleListing {
  config: Config;
  /** True when `-` was given: one article from standard input. */
  stdin: boolean;
}

/** The configuration and the article files a command works on: the given paths, else the store. */
export function resolveTargets(paths: readonly string[], context: CommandContext): Targets {
  const { io, globals } = context;
  const config = loadConfig(io.cwd, globals.config);
  const stdin = paths.includes("-");
  const rest = paths.filter((p) => p !== "-");
  if (stdin && rest.length === 0) return { config, stdin, files: [], findings: [] };
  const roots = rest.length > 0 ? rest : [requireStore(io.cwd, config, { flag: globals.store, env: io.env.IRINSIDER_STORE })];
  return { config, stdin, ...findArticles(roots, io.cwd) };
}
