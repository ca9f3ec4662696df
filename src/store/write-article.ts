import { closeSync, fsyncSync, linkSync, openSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { IrinsiderError, ExitCode } from "../errors.js";
import { displayPath } from "./find-config.js";

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
