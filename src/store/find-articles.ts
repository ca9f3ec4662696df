import { lstatSync, readdirSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { IrinsiderError } from "../errors.js";
import type { Finding } from "../types.js";
import { displayPath } from "./find-config.js";

export interface ArticleFile {
  /** Absolute path. */
  path: string;
  /** The path as the user sees it. */
  file: string;
}

export interface ArticleListing {
  files: ArticleFile[];
  /** Links not followed, folders that could not be read. */
  findings: Finding[];
}

/**
 * Every article under the given files and folders, in a stable order. Files and folders whose
 * names start with `_` or `.` are not articles; symbolic links are reported, never followed
 * (a link can leave the store or loop). A path that does not exist is a usage error.
 */
export function findArticles(paths: readonly string[], cwd: string): ArticleListing {
  const listing: ArticleListing = { files: [], findings: [] };
  const seen = new Set<string>();
  const add = (absolute: string, shown = displayPath(cwd, absolute)) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    listing.files.push({ path: absolute, file: shown });
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      // A path the user names is followed even if it is a link; links inside folders never are.
      stats = statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ELOOP" || lstatExists(absolute)) {
        listing.findings.push(symlinkFinding(cwd, absolute));
        continue;
      }
      throw new IrinsiderError(`No such file or folder: ${given}`, {
        hint: "Check the path; with no paths, irinsider checks the whole store.",
      });
    }
    if (stats.isDirectory()) walk({ path: absolute, file: displayPath(cwd, absolute) }, cwd, listing, add);
    else add(absolute);
  }
  return listing;
}

function lstatExists(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * A folder's entries, in name order. Paths are put together as they are found (both parts are
 * already clean): path.join and path.relative for every file of a large store cost more than
 * the rest of the walk.
 */
function walk(folder: ArticleFile, cwd: string, listing: ArticleListing, add: (absolute: string, shown: string) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder.path, { withFileTypes: true });
  } catch (error) {
    listing.findings.push(unreadableFinding(cwd, folder.path, error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = folder.path.endsWith(path.sep) ? folder.path : folder.path + path.sep;
  const shownPrefix = folder.file === "." ? "" : `${folder.file}/`;
  for (const entry of entries) {
    if (entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
    const child = { path: prefix + entry.name, file: shownPrefix + entry.name };
    if (entry.isSymbolicLink()) listing.findings.push(symlinkFinding(cwd, child.path));
    else if (entry.isDirectory()) walk(child, cwd, listing, add);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) add(child.path, child.file);
  }
}

function symlinkFinding(cwd: string, link: string): Finding {
  let target = "";
  try {
    statSync(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    target = code === "ELOOP" ? " (it is part of a link loop)" : code === "ENOENT" ? " (its target does not exist)" : "";
  }
  return {
    file: displayPath(cwd, link),
    line: 1,
    column: 1,
    ruleId: "store/symlink",
    severity: "warning",
    message: `Symbolic link not followed${target}.`,
    hint: "Keep articles as real files inside the store; links can point outside it or loop.",
  };
}

export function unreadableFinding(cwd: string, file: string, error: unknown): Finding {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? String(error);
  return {
    file: displayPath(cwd, file),
    line: 1,
    column: 1,
    ruleId: "store/unreadable",
    severity: "error",
    message: `Cannot read this ${code === "EISDIR" ? "folder" : "file"}: ${reason}.`,
    hint: code === "EACCES" || code === "EPERM" ? "Check the file's permissions (chmod a+r)." : undefined,
  };
}
