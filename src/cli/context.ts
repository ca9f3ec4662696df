import type { Config } from "../config.js";
import { loadConfig } from "../store/find-config.js";
import { findArticles, type ArticleListing } from "../store/find-articles.js";
import { requireStore } from "../store/resolve-store.js";
import type { OtherArticle } from "../check/check-store.js";
import { slugOf } from "./front-matter-fields.js";
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
  const roots = rest.length > 0 ? rest : [storeOf(context, config)];
  return { config, stdin, ...findArticles(roots, io.cwd) };
}

/**
 * When only some files are checked (`checked`, by the name shown), the rest of the store with
 * their slugs (front matter, else file name; read from the start of each file), so a new
 * article's slug is still compared with every other. Nothing when there is no store.
 */
export function otherArticles(paths: readonly string[], context: CommandContext, config: Config, checked: ReadonlySet<string>): OtherArticle[] {
  if (paths.length === 0) return [];
  let store: string;
  try {
    store = storeOf(context, config);
  } catch {
    return [];
  }
  return findArticles([store], context.io.cwd).files.flatMap((file) => {
    // The files checked have their slugs already: only the rest is read.
    if (checked.has(file.file)) return [];
    const slug = slugOf(file, context.io.cwd);
    return slug === undefined ? [] : [{ file: file.file, slug }];
  });
}

/** The store folder (--store, IRINSIDER_STORE, the configuration, or the default); a usage error when there is none. */
function storeOf({ io, globals }: CommandContext, config: Config): string {
  return requireStore(io.cwd, config, { flag: globals.store, env: io.env.IRINSIDER_STORE });
}
