import { IrinsiderError } from "./errors.js";
import { findRule, RULES } from "./rules.js";
import { didYouMean } from "./text/suggest.js";
import type { Severity } from "./types.js";

export type RuleSetting = Severity | "off";

export interface Config {
  /** The file it came from, or null for the defaults. */
  file: string | null;
  /** The store folder as written in the file (relative to the file's folder). */
  store?: string;
  sections: string[];
  rules: Record<string, RuleSetting>;
  importBoilerplate: string[];
}

export const DEFAULT_SECTIONS = [
  "Africa",
  "Americas",
  "Asia",
  "Europe",
  "Middle East",
  "Global",
  "Security",
  "Economy",
  "Opinion",
  "Interviews",
];

export const CONFIG_FILE_NAME = "irinsider.config.json";

export function defaultConfig(): Config {
  return { file: null, sections: [...DEFAULT_SECTIONS], rules: {}, importBoilerplate: [] };
}

const TOP_KEYS = ["$schema", "store", "sections", "rules", "import"];
const SETTINGS: readonly RuleSetting[] = ["error", "warning", "off"];

/** Parses and checks an `irinsider.config.json`; any mistake is an IrinsiderError naming the key. */
export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorPosition(text, error);
    throw new IrinsiderError(`${file}:${line}:${column}: the configuration is not valid JSON (${(error as Error).message}).`, {
      hint: "Check for a missing comma or quote, or a trailing comma, near that line.",
      file,
      line,
      column,
    });
  }
  const fail = (key: string, message: string, hint?: string): never => {
    throw new IrinsiderError(`${file}: "${key}" ${message}`, { file, hint });
  };
  if (!isRecord(raw)) fail("(top level)", "must be a JSON object like {\"sections\": [\"Europe\"]}.");
  const object = raw as Record<string, unknown>;
  const config = defaultConfig();
  config.file = file;
  for (const key of Object.keys(object)) {
    if (!TOP_KEYS.includes(key)) fail(key, `is not a configuration key.${didYouMean(key, TOP_KEYS)}`, `Known keys: ${TOP_KEYS.slice(1).join(", ")}.`);
  }
  if (object.store !== undefined) {
    if (typeof object.store !== "string" || object.store.trim() === "") fail("store", "must be a folder path (a non-empty string).");
    config.store = object.store as string;
  }
  if (object.sections !== undefined) {
    const sections = object.sections;
    if (!Array.isArray(sections) || sections.length === 0 || !sections.every((s) => typeof s === "string" && s.trim() !== "")) {
      fail("sections", "must be a non-empty list of section names.");
    }
    config.sections = sections as string[];
  }
  if (object.rules !== undefined) {
    if (!isRecord(object.rules)) fail("rules", 'must be an object like {"frontmatter/unknown-key": "off"}.');
    for (const [id, setting] of Object.entries(object.rules as Record<string, unknown>)) {
      if (!findRule(id)) fail(`rules.${id}`, `is not a rule.${didYouMean(id, RULES.map((r) => r.id))}`, "The README lists every rule id.");
      if (!SETTINGS.includes(setting as RuleSetting)) fail(`rules.${id}`, `must be "error", "warning" or "off", not ${JSON.stringify(setting)}.`);
      config.rules[id] = setting as RuleSetting;
    }
  }
  if (object.import !== undefined) {
    const section = object.import;
    if (!isRecord(section)) fail("import", 'must be an object like {"boilerplate": ["Powered by …"]}.');
    const { boilerplate, ...rest } = section as Record<string, unknown>;
    for (const key of Object.keys(rest)) fail(`import.${key}`, `is not a configuration key.${didYouMean(key, ["boilerplate"])}`);
    if (boilerplate !== undefined) {
      if (!Array.isArray(boilerplate) || !boilerplate.every((s) => typeof s === "string")) fail("import.boilerplate", "must be a list of lines (strings).");
      config.importBoilerplate = boilerplate as string[];
    }
  }
  return config;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
  const match = /position (\d+)/.exec(String((error as Error).message));
  const offset = match ? Number(match[1]) : 0;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
