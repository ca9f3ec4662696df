import { guessCountryCode, isCountryCode } from "../countries/data.js";
import { didYouMean, suggest } from "../text/suggest.js";
import type { KeyPath } from "../types.js";
import { isCalendarDate, suggestDate } from "./dates.js";
import { FIELD_NAMES, FIELDS, IMAGE_KEYS, IMAGE_REQUIRED, QUOTE_KEYS, QUOTE_REQUIRED, SLUG_PATTERN, STATUSES, SUMMARY_MAX, TITLE_MAX, type FieldName } from "./schema.js";

/** A front-matter problem, located by key path; positions are added by the caller. */
export interface FieldIssue {
  ruleId: string;
  message: string;
  hint?: string;
  path: KeyPath;
  at: "key" | "value";
}

export interface CheckContext {
  sections: readonly string[];
}

type Data = Record<string, unknown>;

/** Checks front-matter data against the schema. Pure: data in, issues out. */
export function checkFrontmatter(data: unknown, context: CheckContext): FieldIssue[] {
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return [
      {
        ruleId: "frontmatter/type",
        message: `The front matter must be a set of "key: value" lines, not a ${Array.isArray(data) ? "list" : typeof data}.`,
        hint: "Write it as lines like `title: …`, `date: 2018-03-28`, one key per line.",
        path: [],
        at: "value",
      },
    ];
  }
  const fields = data as Data;
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(fields)) {
    if (!(key in FIELDS)) {
      const match = suggest(key, FIELD_NAMES);
      // Renaming to a key that is already there would write it twice.
      const hint = !match ? `Known keys: ${FIELD_NAMES.join(", ")}.` : match in fields ? `"${match}" is already set: keep the right value there and remove this line.` : `Rename it to "${match}".`;
      issues.push({
        ruleId: "frontmatter/unknown-key",
        message: `Unknown key "${key}".${match ? ` Did you mean "${match}"?` : ""}`,
        hint,
        path: [key],
        at: "key",
      });
    }
  }
  for (const name of FIELD_NAMES) {
    const value = fields[name];
    if (isEmpty(value)) {
      if (FIELDS[name].required) {
        issues.push({
          ruleId: "frontmatter/required",
          message: value === undefined ? `Missing required field "${name}".` : `Required field "${name}" is empty.`,
          hint: `Add a line like \`${name}: ${EXAMPLES[name]}\`.`,
          path: value === undefined ? [] : [name],
          at: "value",
        });
      }
      continue;
    }
    issues.push(...CHECKS[name](value, context));
  }
  return issues;
}

const EXAMPLES: Record<FieldName, string> = {
  title: "NATO Expels Russian Diplomats",
  date: "2018-03-28",
  authors: '["Jane Doe"]',
  section: "Europe",
  summary: "One or two sentences.",
  status: "draft",
  tags: "[diplomacy]",
  countries: "[GB, RU]",
  images: "[{caption: …, credit: …}]",
  quotes: "[{speaker: …, text: …}]",
  slug: "nato-expels-russian-diplomats",
};

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

const issue = (ruleId: string, path: KeyPath, message: string, hint?: string): FieldIssue => ({ ruleId, message, hint, path, at: "value" });

function typeIssue(name: string, expected: string, value: unknown, hint?: string): FieldIssue {
  return issue("frontmatter/type", [name], `"${name}" must be ${expected}, not ${describe(value)}.`, hint);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  if (typeof value === "object") return "a set of keys";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === "number" ? "the number" : "the value"} ${String(value)}`;
}

function checkString(name: string, value: unknown, max: number | undefined): FieldIssue[] {
  if (typeof value !== "string") return [typeIssue(name, "text", value, `Put the value in quotes: ${name}: "${String(value)}"`)];
  if (max !== undefined && value.length > max) {
    return [issue("frontmatter/length", [name], `"${name}" is ${value.length} characters long; the limit is ${max}.`, `Shorten it by ${value.length - max} characters.`)];
  }
  return [];
}

function checkStringList(name: string, value: unknown, singularHint: string): FieldIssue[] {
  if (typeof value === "string") {
    return [typeIssue(name, "a list", value, `Write it as a list, even for one: ${name}: [${JSON.stringify(value)}]${singularHint}`)];
  }
  if (!Array.isArray(value)) return [typeIssue(name, "a list", value)];
  return value.flatMap((item, index) =>
    typeof item === "string" && item.trim() !== "" ? [] : [issue("frontmatter/type", [name, index], `Entry ${index + 1} of "${name}" must be non-empty text, not ${describe(item)}.`)],
  );
}

function checkObjectList(name: "images" | "quotes", value: unknown, keys: readonly string[], required: readonly string[], missingRule: (key: string) => string): FieldIssue[] {
  if (!Array.isArray(value)) return [typeIssue(name, "a list", value)];
  const issues: FieldIssue[] = [];
  value.forEach((item, index) => {
    const what = `${name === "images" ? "Image" : "Quote"} ${index + 1}`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      issues.push(issue("frontmatter/type", [name, index], `${what} must be a set of keys (${required.join(", ")}), not ${describe(item)}.`));
      return;
    }
    const entry = item as Data;
    for (const key of Object.keys(entry)) {
      if (!keys.includes(key)) {
        issues.push({
          ruleId: "frontmatter/unknown-key",
          message: `Unknown key "${key}" in ${what.toLowerCase()}.${didYouMean(key, keys)}`,
          hint: `${what} takes ${keys.join(", ")}.`,
          path: [name, index, key],
          at: "key",
        });
      }
    }
    for (const key of required) {
      if (isEmpty(entry[key])) {
        issues.push(issue(missingRule(key), entry[key] === undefined ? [name, index] : [name, index, key], `${what} has no ${key}.`, `Add \`${key}: …\` to it.`));
      } else if (typeof entry[key] !== "string") {
        issues.push(issue("frontmatter/type", [name, index, key], `The ${key} of ${what.toLowerCase()} must be text, not ${describe(entry[key])}.`));
      }
    }
    for (const key of keys.filter((k) => !required.includes(k))) {
      if (entry[key] !== undefined && typeof entry[key] !== "string") {
        issues.push(issue("frontmatter/type", [name, index, key], `The ${key} of ${what.toLowerCase()} must be text, not ${describe(entry[key])}.`));
      }
    }
  });
  return issues;
}

const CHECKS: Record<FieldName, (value: unknown, context: CheckContext) => FieldIssue[]> = {
  title: (value) => checkString("title", value, TITLE_MAX),
  summary: (value) => checkString("summary", value, SUMMARY_MAX),
  date(value) {
    if (typeof value !== "string") return [typeIssue("date", "a date written YYYY-MM-DD", value)];
    if (isCalendarDate(value)) return [];
    const fix = suggestDate(value);
    const shape = /^\d{4}-\d{2}-\d{2}$/.test(value);
    return [
      issue(
        "frontmatter/date",
        ["date"],
        shape ? `"${value}" is not a real calendar date.` : `"${value}" is not a date written YYYY-MM-DD.`,
        fix ? `Write it as: date: ${fix}` : shape ? "Check the month and the day." : "Write it as year-month-day, like date: 2018-03-28.",
      ),
    ];
  },
  authors: (value) => checkStringList("authors", value, " (the key is authors, plural)"),
  tags: (value) => checkStringList("tags", value, ""),
  section(value, context) {
    if (typeof value !== "string") return [typeIssue("section", "text", value)];
    if (context.sections.includes(value)) return [];
    const match = suggest(value, context.sections);
    return [
      issue(
        "frontmatter/section",
        ["section"],
        `"${value}" is not a section.${match ? ` Did you mean "${match}"?` : ""}`,
        `Sections: ${context.sections.join(", ")} (configured in irinsider.config.json).`,
      ),
    ];
  },
  status(value) {
    if (typeof value === "string" && (STATUSES as readonly string[]).includes(value)) return [];
    return [issue("frontmatter/status", ["status"], `"status" must be one of ${STATUSES.join(", ")}, not ${describe(value)}.${typeof value === "string" ? didYouMean(value, STATUSES) : ""}`)];
  },
  countries(value) {
    if (typeof value === "string") return [typeIssue("countries", "a list", value, `Write it as a list: countries: [${value}]`)];
    if (!Array.isArray(value)) return [typeIssue("countries", "a list", value)];
    return value.flatMap((item, index) => {
      if (typeof item === "string" && isCountryCode(item)) return [];
      const guess = typeof item === "string" ? guessCountryCode(item) : undefined;
      return [
        issue(
          "frontmatter/country",
          ["countries", index],
          `${describe(item).replace(/^the text /, "")} is not an ISO 3166-1 alpha-2 country code.${guess ? ` Did you mean ${guess}?` : ""}`,
          guess ? `Write ${guess}.` : "Use two capital letters, like GB, RU or US.",
        ),
      ];
    });
  },
  images: (value) => checkObjectList("images", value, IMAGE_KEYS, IMAGE_REQUIRED, (key) => (key === "credit" ? "image/credit" : "frontmatter/required")),
  quotes: (value) => checkObjectList("quotes", value, QUOTE_KEYS, QUOTE_REQUIRED, () => "frontmatter/required"),
  slug(value) {
    if (typeof value !== "string") return [typeIssue("slug", "text", value)];
    if (new RegExp(SLUG_PATTERN).test(value)) return [];
    return [issue("frontmatter/type", ["slug"], `"slug" must be lower-case letters, digits and hyphens, not ${JSON.stringify(value)}.`, "For example: slug: nato-expels-russian-diplomats")];
  },
};
