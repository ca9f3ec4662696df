import { createRequire } from "node:module";
import type { Document, Node } from "yaml";
import type { KeyPath, Position, Span } from "../types.js";
import { plainLocator, readPlainMatter } from "./plain-matter.js";

export interface YamlProblem {
  ruleId: "frontmatter/yaml" | "frontmatter/duplicate-key";
  message: string;
  hint?: string;
  at: Position;
}

export interface ParsedMatter {
  /** The data, or null when it could not be read as YAML at all. */
  data: unknown;
  problems: YamlProblem[];
  /** Where a key (`at: "key"`) or its value is in the file; falls back to the nearest parent. */
  locate(path: KeyPath, at?: "key" | "value"): Span;
  /** Where a value starts (`locate(path).start`), cheaply when it can be. */
  startOf(path: KeyPath): Position;
}

type YamlModule = typeof import("yaml");
let yamlModule: YamlModule | undefined;
/** `yaml` (positions, explained errors) loads only when front matter needs it. */
function yaml(): YamlModule {
  return (yamlModule ??= createRequire(import.meta.url)("yaml") as YamlModule);
}

/** YAML problems reported per front matter (one per line at most). */
const MAX_PROBLEMS = 10;

/** Aliases beyond this are an attack ("billion laughs"), not an article. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses front-matter YAML (offsets as in the file). Text-only front matter is read fast and
 * parsed again with positions only if something in it must be located; anything else is parsed
 * with `yaml` straight away.
 */
export function parseMatter(matter: string): ParsedMatter {
  const data = readPlainMatter(matter);
  if (data === undefined) return parseWithPositions(matter);
  let full: ParsedMatter | undefined;
  const located = () => (full ??= parseWithPositions(matter));
  const plain = plainLocator(matter);
  return {
    data,
    problems: [],
    locate: (path, at) => (at === "key" ? plain.keySpan(path) : plain.valueSpan(path)) ?? located().locate(path, at),
    startOf: (path) => plain.start(path) ?? located().startOf(path),
  };
}

/** Parses with `yaml`, keeping every key's and value's position. */
export function parseWithPositions(matter: string): ParsedMatter {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(matter, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: "core" });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // YAML errors cascade: the first on each line says what is wrong there, and a few lines are
  // enough to act on (a front matter of 25,000 errors would otherwise give 25,000 findings).
  const lines = doc.errors.length > 0 ? matter.split("\n") : [];
  const problems: YamlProblem[] = [];
  const reportedLines = new Set<number>();
  for (const error of doc.errors) {
    if (problems.length === MAX_PROBLEMS) break;
    let at = position(error.pos[0]);
    const culprit = culpritLine(error.code, error.message, lines, at.line - 1);
    if (culprit !== at.line - 1) at = { line: culprit + 1, column: 1 };
    if (reportedLines.has(at.line)) continue;
    reportedLines.add(at.line);
    if (error.code === "DUPLICATE_KEY") {
      problems.push({ ruleId: "frontmatter/duplicate-key", message: "This key appears twice; YAML keeps only one of them.", hint: "Delete one of the two, or merge them.", at });
    } else {
      problems.push({ ruleId: "frontmatter/yaml", at, ...explainYamlError(error.code, error.message, lines, culprit) });
    }
  }
  let data: unknown = null;
  const fatal = doc.errors.some((error) => error.code !== "DUPLICATE_KEY");
  if (!fatal) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push({
        ruleId: "frontmatter/yaml",
        message: `The front matter could not be read: ${(error as Error).message}.`,
        hint: "Front matter needs no anchors or aliases (& and *); write the values out.",
        at: position(0),
      });
    }
  }
  const span = (node: Node | null | undefined): Span | undefined => {
    const range = node?.range;
    return range ? { start: position(range[0]), end: position(range[1]) } : undefined;
  };
  const locate = (path: KeyPath, at: "key" | "value" = "value"): Span =>
    locateNode(doc, path, at, span) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } };
  return { data, problems, locate, startOf: (path) => locate(path).start };
}

function locateNode(
  doc: Document,
  path: KeyPath,
  at: "key" | "value",
  span: (node: Node | null | undefined) => Span | undefined,
): Span | undefined {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let best = span(doc.contents as Node | null);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) return best;
      const keySpan = span(pair.key as Node);
      if (last && at === "key") return keySpan ?? best;
      node = pair.value;
      best = span(pair.value as Node | null) ?? keySpan ?? best;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      best = span(node as Node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

const lineAt = (lines: readonly string[], index: number) => (lines[index] ?? "").replace(/\r$/, "");
/** Text as a YAML value in double quotes (a backslash or a double quote inside escaped). */
const doubleQuoted = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
/** The first line of a record in a list ("  - caption: …"): its indent and where its key starts. */
const RECORD_START = /^(\s*-\s+)([\w-]+):/;
const KEY_LINE = /^(\s*)([\w-]+):/;

/**
 * The line (0-based) a YAML error is about, where that is not the line YAML gives: a list or map
 * left open ("title: [Brexit") is reported a line later, where YAML gives up; a record's key
 * indented past the first one ("  - caption: …" then "     credit: …") is reported on the first.
 */
function culpritLine(code: string, message: string, lines: readonly string[], index: number): number {
  if (code === "BAD_INDENT" && /end with an? [\]}]/.test(message)) {
    for (let i = Math.min(index - 1, lines.length - 1); i >= 0; i--) {
      const value = /^\s*[\w-]+:\s*([\[{].*)$/.exec(lineAt(lines, i))?.[1];
      if (value === undefined) continue;
      return value.trimEnd().endsWith(value.startsWith("[") ? "]" : "}") ? index : i;
    }
  }
  const record = RECORD_START.exec(lineAt(lines, index));
  const next = KEY_LINE.exec(lineAt(lines, index + 1));
  if ((code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY") && record && next && next[1].length > record[1].length) return index + 1;
  return index;
}

/** The nearest record start ("  - caption: …") at or before `index`, for a key of that record out of line. */
function recordAbove(lines: readonly string[], index: number): RegExpExecArray | null {
  for (let i = index; i >= 0; i--) {
    const line = lineAt(lines, i);
    const record = RECORD_START.exec(line);
    if (record) return record;
    if (!/^\s/.test(line)) return null;
  }
  return null;
}

/** Plain words and a fix for the YAML mistakes editors make most, about line `index` (0-based). */
function explainYamlError(code: string, message: string, lines: readonly string[], index: number): { message: string; hint?: string } {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  const line = lineAt(lines, index);
  const noSpace = /^(\s*)([\w-]+):(\S.*)$/.exec(line);
  if (noSpace && !/^\/\//.test(noSpace[3])) {
    return { message: `"${noSpace[2]}:" needs a space after the colon (${first}).`, hint: `Write it as: ${noSpace[1]}${noSpace[2]}: ${noSpace[3]}` };
  }
  const keyLine = KEY_LINE.exec(line);
  if (keyLine) {
    const [start, indent, key] = keyLine;
    const value = line.slice(start.length).trimStart();
    // An indented key under a list's record: a top-level key belongs to no record.
    const record = indent.length > 0 && !RECORD_START.test(line) ? recordAbove(lines, index - 1) : null;
    if (record && indent.length !== record[1].length) {
      return {
        message: `"${key}" does not line up with "${record[2]}" above it, so YAML cannot tell which list entry it belongs to (${first}).`,
        hint: `Indent "${key}" by ${record[1].length} spaces, to line up under "${record[2]}".`,
      };
    }
    if (/^'.*'.*\S/.test(value) && !/^'(?:[^']|'')*'\s*(#.*)?$/.test(value)) {
      const inner = value.replace(/^'/, "").replace(/'\s*$/, "").replace(/''/g, "'");
      return {
        message: `The value of "${key}" has an apostrophe inside single quotes (${first}).`,
        hint: `Put the value in double quotes: ${indent}${key}: ${doubleQuoted(inner)}`,
      };
    }
    if (/^".*".*\S/.test(value) && !/^"(?:[^"\\]|\\.)*"\s*(#.*)?$/.test(value)) {
      const inner = value.replace(/^"/, "").replace(/"\s*$/, "");
      return {
        message: `The value of "${key}" contains double quotes inside double quotes (${first}).`,
        hint: `Put the value in single quotes: ${indent}${key}: '${inner.replace(/'/g, "''")}'`,
      };
    }
    if (/^[\[{]/.test(value) && (code === "BAD_INDENT" || code === "UNEXPECTED_TOKEN")) {
      const kind = value.startsWith("[") ? "list" : "map";
      return {
        message: `The value of "${key}" starts with "${value[0]}", so YAML reads it as a ${kind}, and it is not one (${first}).`,
        hint: `If it is text, put it in quotes: ${indent}${key}: ${doubleQuoted(value)}; if it is a ${kind}, close it with ${kind === "list" ? "]" : "}"} on the same line.`,
      };
    }
    if (/^[^"'\[{].*:\s/.test(value)) {
      return {
        message: `The value of "${key}" contains ": ", which YAML reads as a new key (${first}).`,
        hint: `Put the value in quotes: ${indent}${key}: ${doubleQuoted(value)}`,
      };
    }
  }
  if (code === "TAB_AS_INDENT" || /\t/.test(line.match(/^\s*/)?.[0] ?? "")) {
    return { message: `A tab is used for indentation (${first}).`, hint: "YAML indents with spaces only: replace the tab with two spaces." };
  }
  return { message: `The front matter is not valid YAML: ${first}.`, hint: "Check this line's quotes, colons and indentation." };
}
