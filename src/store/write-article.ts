import { closeSync, fsyncSync, linkSync, openSync, readdirSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { IrinsiderError, ExitCode } from "../errors.js";
import { displayPath } from "./find-config.js";

/**
 * Writes a new file atomically and never over another: the text goes to a hidden temp file in
 * the same folder, is flushed, then hard-linked to its name (which fails if the name exists, so
 * two writers racing for one name cannot both win) and the temp file removed. A process killed
 * midway leaves no article, at most a hidden temp file that no command reads; the next write to
 * the folder removes such leftovers.
 */
export function writeNewFile(target: string, text: string, cwd: string): void {
  removeOrphanedTempFiles(path.dirname(target));
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

/** Our temp files: hidden, named after the article, the writing process's id and a time. */
const TEMP_FILE = /^\..+\.md\.(\d+)\.\d+\.tmp$/;

/**
 * Removes the temp files of writers that are gone (killed between writing and linking). A file
 * whose process still runs is left to it, and nothing but our own naming is ever touched.
 */
function removeOrphanedTempFiles(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      unlinkSync(path.join(folder, name));
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
