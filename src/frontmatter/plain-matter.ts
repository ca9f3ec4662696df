import { CORE_SCHEMA, load } from "js-yaml";
import { lineIndex } from "../text/line-index.js";
import type { KeyPath, Position, Span } from "../types.js";

/**
 * The fast reading of front matter, for the common case: every value is text (strings, lists of
 * strings, lists of records of strings). js-yaml reads that about eight times faster than `yaml`
 * with positions. Anything else (a number, a boolean, an empty value, an anchor or alias, a
 * YAML error) returns undefined, and the caller reads the front matter with `yaml`, which keeps
 * positions and explains errors. For text-only front matter both libraries give the same data
 * (tests/unit/frontmatter/plain-matter.test.ts compares them).
 */
export function readPlainMatter(matter: string): Record<string, unknown> | undefined {
  if ((matter.includes("&") || matter.includes("*")) && ANCHOR_OR_ALIAS.test(matter)) return undefined;
  if (matter.includes("\t") && TAB_INDENT.test(matter)) return undefined;
  if (!valuesCloseOnTheirLine(matter)) return undefined;
  let data: unknown;
  try {
    data = load(matter, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return isRecord(data) && isTextTree(data, 0) ? data : undefined;
}

/** `&name` or `*name` where a node starts (not "Q&A" or "R&D"). */
const ANCHOR_OR_ALIAS = /(?:^|[^\p{L}\p{N}])[&*]\S/mu;

/** A tab in a line's indentation: the two libraries disagree on where that is allowed. */
const TAB_INDENT = /^ *\t/m;

/** What the `yaml` core schema reads as null, a boolean or a number when written plain. */
const TYPED_SCALAR = /^(?:|~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * A quoted or bracketed value that runs over several lines is left to `yaml`: js-yaml accepts
 * continuation lines that `yaml` rejects as not indented enough.
 */
function valuesCloseOnTheirLine(matter: string): boolean {
  const opener = /(?:^|[ \t])["'[{]/gm;
  for (let found = opener.exec(matter); found !== null; found = opener.exec(matter)) {
    const from = found.index + found[0].length - 1;
    const lineEnd = matter.indexOf("\n", from);
    const length = closingLength(matter.slice(from, lineEnd === -1 ? matter.length : lineEnd), 0);
    if (length === undefined) return false;
    opener.lastIndex = from + length;
  }
  return true;
}

/** How long the quoted or bracketed value at `from` is, or undefined if it does not close on this line. */
function closingLength(line: string, from: number): number | undefined {
  const opener = line[from];
  if (opener === '"') return /^"(?:[^"\\]|\\.)*"/.exec(line.slice(from))?.[0].length;
  if (opener === "'") return /^'(?:[^']|'')*'/.exec(line.slice(from))?.[0].length;
  let depth = 0;
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (char === '"' || char === "'") {
      const length = closingLength(line, i);
      if (length === undefined) return undefined;
      i += length - 1;
    } else if (char === "[" || char === "{") depth++;
    else if (char === "]" || char === "}") {
      if (--depth === 0) return i - from + 1;
    }
  }
  return undefined;
}

/** Only these can begin a null, boolean or number. */
const TYPED_FIRST = /^(?:$|[~nNtTfF0-9+\-.])/;

function isTextTree(value: unknown, depth: number): boolean {
  if (typeof value === "string") return !(TYPED_FIRST.test(value) && TYPED_SCALAR.test(value));
  if (depth > 3 || typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.every((item) => isTextTree(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const [key, item] of Object.entries(value)) {
    if ((TYPED_FIRST.test(key) && TYPED_SCALAR.test(key)) || !isTextTree(item, depth + 1)) return false;
  }
  return true;
}

export interface PlainLocator {
  /** Where a top-level key's value starts (or, for `[]`, the first key); undefined when not plain. */
  start(path: KeyPath): Position | undefined;
  /** Where a top-level key itself is written (an unknown key is reported there). */
  keySpan(path: KeyPath): Span | undefined;
  /** Where a top-level key's value is written, when it stands on the key's line alone (a date, a section, a quoted title, a [list]). */
  valueSpan(path: KeyPath): Span | undefined;
}

/**
 * Positions found without a parser when the front matter is plain `key: value` lines from
 * column 1. Only for front matter that `readPlainMatter` has read (no duplicate keys, no
 * anchors). The lines and keys are indexed once, on first use.
 */
export function plainLocator(matter: string): PlainLocator {
  let position: ((offset: number) => Position) | undefined;
  let keys: Map<string, { at: number; valueAt: number }> | undefined;
  const at = (offset: number): Position => (position ??= lineIndex(matter))(offset);
  /** The `key:` line of a top-level key written plain at column 1 (the first, as there are no duplicates). */
  const keyLine = (path: KeyPath) => {
    const key = path[0];
    if (path.length !== 1 || typeof key !== "string") return undefined;
    if (!keys) {
      keys = new Map();
      for (const line of matter.matchAll(/^([\w-]+)[ \t]*:[ \t]*/gm)) {
        if (!keys.has(line[1])) keys.set(line[1], { at: line.index, valueAt: line.index + line[0].length });
      }
    }
    return keys.get(key);
  };
  return {
    start(path) {
      if (path.length === 0) {
        let offset = 0;
        while (offset < matter.length) {
          const end = matter.indexOf("\n", offset);
          const lineEnd = end === -1 ? matter.length : end;
          if (!/^[ \t]*(?:#.*)?\r?$/.test(matter.slice(offset, lineEnd))) break;
          offset = lineEnd + 1;
        }
        return /^[A-Za-z_]/.test(matter.charAt(offset)) ? at(offset) : undefined;
      }
      const line = keyLine(path);
      if (!line) return undefined;
      const next = matter.charAt(line.valueAt);
      return next === "" || next === "\n" || next === "\r" || next === "#" ? undefined : at(line.valueAt);
    },
    keySpan(path) {
      const line = keyLine(path);
      if (!line) return undefined;
      const start = at(line.at);
      return { start, end: { line: start.line, column: start.column + String(path[0]).length } };
    },
    valueSpan(path) {
      const line = keyLine(path);
      const end = line && oneLineValueEnd(matter, line.valueAt);
      return end ? { start: at(line.valueAt), end: at(end) } : undefined;
    },
  };
}

/**
 * Where a value that starts at `from` ends, when all of it stands on that line: a quoted or
 * bracketed value at its closing mark, a plain one before any comment and trailing blanks.
 * Undefined for anything else (empty, a block, an anchor or tag, a plain value that runs on to
 * the next line): `yaml` locates those.
 */
function oneLineValueEnd(matter: string, from: number): number | undefined {
  const newline = matter.indexOf("\n", from);
  const lineEnd = newline === -1 ? matter.length : newline;
  const line = matter.slice(from, lineEnd).replace(/\r$/, "");
  const first = line.charAt(0);
  if (first === "" || "#|>&*!%@`".includes(first)) return undefined;
  if ("\"'[{".includes(first)) {
    const length = closingLength(line, 0);
    return length === undefined ? undefined : from + length;
  }
  // A plain value runs on over indented lines that follow it.
  if (newline !== -1 && /^[ \t]+[^\s#]/.test(matter.slice(newline + 1, newline + 200))) return undefined;
  const comment = /[ \t]#/.exec(line);
  return from + (comment ? line.slice(0, comment.index) : line).trimEnd().length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
