import { closeSync, fsyncSync, linkSync, openSync, readdirSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { IrinsiderError, ExitCode } from "../errors.js";
import { displayPath } from "./find-config.js";
import { parseArticleFileName } from "./file-name.js";

/** Another article in the store with this slug, if any (by file name, in any sub-folder). */
export function findSlug(store: string, slug: string): string | undefined {
  const walk = (dir: string): string | undefined => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return undefined;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = walk(full);
        if (found) return found;
      } else if (parseArticleFileName(entry.name)?.slug === slug) {
        return full;
      }
    }
    return undefined;
  };
  return walk(store);
}

/**
 * Writes a new file atomically and never over another: the text goes to a hidden temp file in
 * the same folder, is flushed, then hard-linked to its name (which fails if the name exists, so
 * two writers racing for one name cannot both win) and the temp file removed. A process killed
 * midway leaves no article, at most a hidden temp file that no command reads.
 */
export function writeNewFile(target: string, text: string, cwd: string): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, "wx");
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new IrinsiderError(`${displayPath(cwd, target)} already exists; nothing was written.`, {
        exitCode: ExitCode.Findings,
        hint: "Choose another slug with --slug, or edit the existing article.",
      });
    }
    throw new IrinsiderError(`Cannot write ${displayPath(cwd, target)}: ${(error as NodeJS.ErrnoException).code ?? error}.`, { cause: error });
  } finally {
    unlinkSync(temp);
  }
}
