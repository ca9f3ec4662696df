import { createRequire } from "node:module";
import { lineIndex } from "../text/line-index.js";
import { readSimpleMatter } from "./simple-matter.js";
import type { KeyPath, Position, Span } from "../types.js";

/**
 * The fast reading of front matter, for the common case: every value is text (strings, lists of
 * strings, lists of records of strings). Front matter of the simple shape editors write is read
 * without a library (simple-matter.ts); the rest by js-yaml, about eight times faster than `yaml`
 * with positions. Anything else (a number, a boolean, an empty value, an anchor or alias, a
 * YAML error) returns undefined, and the caller reads the front matter with `yaml`, which keeps
 * positions and explains errors. For text-only front matter both libraries give the same data
 * (tests/unit/frontmatter/plain-matter.test.ts compares them).
 */
export function readPlainMatter(matter: string): Record<string, unknown> | undefined {
  const simple = readSimpleMatter(matter);
  if (simple !== undefined) return simple;
  if ((matter.includes("&") || matter.includes("*")) && ANCHOR_OR_ALIAS.test(matter)) return undefined;
  if (matter.includes("\t") && TAB_INDENT.test(matter)) return undefined;
  if (!valuesCloseOnTheirLine(matter)) return undefined;
  let data: unknown;
  try {
    const { load, CORE_SCHEMA } = jsYaml();
    data = load(matter, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return isRecord(data) && isTextTree(data, 0) ? data : undefined;
}

type JsYaml = typeof import("js-yaml");
let jsYamlModule: JsYaml | undefined;
/** js-yaml loads only when a front matter is not simple (see simple-matter.ts). */
const jsYaml = () => (jsYamlModule ??= createRequire(import.meta.url)("js-yaml") as JsYaml);

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
  let keys: Map<string, Entry> | undefined;
  const at = (offset: number): Position => (position ??= lineIndex(matter))(offset);
  /** The `key:` line of a top-level key written plain at column 1 (the first, as there are no duplicates). */
  const keyLine = (path: KeyPath) => {
    const key = path[0];
    if (path.length !== 1 || typeof key !== "string") return undefined;
    if (!keys) {
      keys = new Map();
      for (const line of matter.matchAll(/^([\w-]+)[ \t]*:[ \t]*/gm)) {
        if (!keys.has(line[1])) keys.set(line[1], { at: line.index, valueAt: line.index + line[0].length, indent: 0 });
      }
    }
    return keys.get(key);
  };
  let lists: Map<string, ListItem[] | undefined> | undefined;
  /** The record at `path` ([list, index, …]) of a top-level list written plainly, read on first use. */
  const listItem = (path: KeyPath): ListItem | undefined => {
    const [key, index] = path;
    if (path.length < 2 || path.length > 3 || typeof key !== "string" || typeof index !== "number") return undefined;
    lists ??= new Map();
    if (!lists.has(key)) {
      const line = keyLine([key]);
      lists.set(key, line && readList(matter, line.valueAt));
    }
    return lists.get(key)?.[index];
  };
  /** A record's key (`span` of it), or the record itself: where `yaml` points for the record or a key it lacks. */
  const inItem = (path: KeyPath, span: (entry: Entry, key: string) => Span | undefined): Span | undefined => {
    const item = listItem(path);
    if (!item) return undefined;
    if (path.length === 3) {
      const key = path[2];
      if (typeof key !== "string") return undefined;
      const entry = item.entries.get(key);
      if (entry) return span(entry, key);
    }
    return { start: at(item.start), end: at(item.end) };
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
      if (path.length > 1) return inItem(path, (entry, key) => ({ start: at(entry.at), end: at(entry.at + key.length) }));
      const line = keyLine(path);
      if (!line) return undefined;
      const start = at(line.at);
      return { start, end: { line: start.line, column: start.column + String(path[0]).length } };
    },
    valueSpan(path) {
      if (path.length > 1) {
        return inItem(path, (entry) => {
          const end = oneLineValueEnd(matter, entry.valueAt, entry.indent);
          return end === undefined ? undefined : { start: at(entry.valueAt), end: at(end) };
        });
      }
      const line = keyLine(path);
      const end = line && oneLineValueEnd(matter, line.valueAt, 0);
      return end ? { start: at(line.valueAt), end: at(end) } : undefined;
    },
  };
}

/**
 * Where a value that starts at `from` ends, when all of it stands on that line: a quoted or
 * bracketed value at its closing mark, a plain one before any comment and trailing blanks.
 * Undefined for anything else (empty, a block, an anchor or tag, a plain value that runs on to
 * a later line indented further than its key, at `indent`): `yaml` locates those.
 */
function oneLineValueEnd(matter: string, from: number, indent: number): number | undefined {
  const newline = matter.indexOf("\n", from);
  const lineEnd = newline === -1 ? matter.length : newline;
  const line = matter.slice(from, lineEnd).replace(/\r$/, "");
  const first = line.charAt(0);
  if (first === "" || "#|>&*!%@`".includes(first)) return undefined;
  if ("\"'[{".includes(first)) {
    const length = closingLength(line, 0);
    return length === undefined ? undefined : from + length;
  }
  // A plain value runs on over the lines indented further than its key that follow it.
  const next = newline === -1 ? null : /^(?:[ \t]*\r?\n)*([ \t]*)[^\s#]/.exec(matter.slice(newline + 1, newline + 400));
  if (next && next[1].length > indent) return undefined;
  const comment = /[ \t]#/.exec(line);
  return from + (comment ? line.slice(0, comment.index) : line).trimEnd().length;
}

interface Entry {
  at: number;
  valueAt: number;
  /** The key's column, from 0. */
  indent: number;
}

/** One record of a list of records (`images:`, `quotes:`): where it starts and ends (after its last line), and its keys. */
interface ListItem {
  start: number;
  end: number;
  entries: Map<string, Entry>;
}

/**
 * The records of a top-level list written plainly under its key's line, with `from` just after
 * the key's colon: "  - caption: …" (or "- caption: …") lines, each record's further
 * "key: value" lines aligned with its first key, every value on its own line, blank lines
 * between. Undefined for anything else (a comment, a nested block, a value over several lines,
 * an empty value …): `yaml` locates those.
 */
function readList(matter: string, from: number): ListItem[] | undefined {
  const keyLineEnd = matter.indexOf("\n", from);
  if (keyLineEnd === -1 || matter.slice(from, keyLineEnd).trim() !== "") return undefined;
  const items: ListItem[] = [];
  let dashIndent = -1;
  let keyIndent = -1;
  for (let start = keyLineEnd + 1; start < matter.length; ) {
    const newline = matter.indexOf("\n", start);
    if (newline === -1) return undefined;
    const line = matter.slice(start, newline).replace(/\r$/, "");
    if (line.trim() !== "") {
      // A comment may stand between a record's lines (yaml locates those); the next top-level
      // key ends the list, whose dashes may start their lines.
      if (line.trimStart().startsWith("#")) return undefined;
      if (!/^[ \t]/.test(line) && !line.startsWith("- ")) break;
      // "key: value" (a colon with no blank after it is part of a plain value: "x:y").
      const item = /^( *)- +([\w-]+):[ \t]+/.exec(line);
      if (item) {
        if (dashIndent !== -1 && item[1].length !== dashIndent) return undefined;
        dashIndent = item[1].length;
        keyIndent = line.indexOf(item[2], item[1].length + 1);
        items.push({ start: start + keyIndent, end: 0, entries: new Map() });
      }
      // A record's further keys stand where its first one does.
      const found = item ?? /^( +)([\w-]+):[ \t]+/.exec(line);
      if (!found || items.length === 0 || (!item && found[1].length !== keyIndent)) return undefined;
      const [upToValue, , key] = found;
      const valueAt = start + upToValue.length;
      const current = items[items.length - 1];
      if (current.entries.has(key) || oneLineValueEnd(matter, valueAt, keyIndent) === undefined) return undefined;
      current.entries.set(key, { at: start + keyIndent, valueAt, indent: keyIndent });
      current.end = newline + 1;
    }
    start = newline + 1;
  }
  return items.length > 0 ? items : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
