import { statSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.js";
import { IrinsiderError } from "../errors.js";
import { displayPath } from "./find-config.js";

export interface StoreChoice {
  flag?: string;
  env?: string;
}

/**
 * The store folder: `--store`, then `IRINSIDER_STORE`, then `store` in the configuration
 * (relative to the configuration file), else `./articles`.
 */
export function resolveStorePath(cwd: string, config: Config, choice: StoreChoice): string {
  if (choice.flag) return path.resolve(cwd, choice.flag);
  if (choice.env) return path.resolve(cwd, choice.env);
  if (config.store && config.file) return path.resolve(cwd, path.dirname(config.file), config.store);
  return path.resolve(cwd, "articles");
}

/** A path as one word of a shell command: quoted when it holds anything but letters, digits and ./_- */
const shellWord = (text: string) => (/^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** Like resolveStorePath, and the folder must exist: exit 2 naming the path otherwise. */
export function requireStore(cwd: string, config: Config, choice: StoreChoice): string {
  const store = resolveStorePath(cwd, config, choice);
  let isDirectory = false;
  try {
    isDirectory = statSync(store).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) {
    const source = choice.flag ? "from --store" : choice.env ? "from IRINSIDER_STORE" : config.store ? `from "store" in ${config.file}` : "the default";
    throw new IrinsiderError(`The article store "${displayPath(cwd, store)}" (${source}) does not exist or is not a folder.`, {
      hint: `Run irinsider from the magazine repository's top folder, or point --store at the folder of articles. To start a new store there, create the folder first: mkdir ${shellWord(displayPath(cwd, store))}`,
    });
  }
  return store;
}
