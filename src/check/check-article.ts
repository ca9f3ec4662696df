import { checkFrontmatter, type FieldIssue } from "../frontmatter/check.js";
import { dateOf, declaredQuotes, type BodyReader } from "../article.js";
import { analyzeQuotes, type QuoteAnalysis } from "../quotes/attribute.js";
import { maskMarkdown } from "../quotes/mask.js";
import { checkQuotes } from "../quotes/rules.js";
import { checkCountrySpelling } from "../countries/rules.js";
import { scanCountries } from "../countries/scan.js";
import type { CountryMisspelling } from "../countries/spelling.js";
import { calendarDate } from "../frontmatter/dates.js";
import { parseMatter, type ParsedMatter } from "../frontmatter/parse.js";
import { splitArticle } from "../frontmatter/split.js";
import { fileNameSlug, parseArticleFileName } from "../store/file-name.js";
import type { ArticleSource, Finding, Position } from "../types.js";
import { findingAt } from "./finding.js";

export interface CheckOptions {
  sections: readonly string[];
  /** False for standard input, which has no file name to compare with. */
  hasFileName: boolean;
}

export interface CheckedArticle {
  file: string;
  findings: Finding[];
  /** The article's slug (front matter, else file name) and where it is written. */
  slug?: { value: string; at: Position };
}

/** What the body rules need of an article's body: whether it has any text, its quotes and misspelt country names. */
export interface CheckedBody {
  empty: boolean;
  quotes: QuoteAnalysis;
  misspellings: CountryMisspelling[];
}

/** Anything but white space (searched from the body's start, not in a slice of it). */
const TEXT = /\S/g;

/** Reads the body from `bodyOffset` for the body rules. Pure, and apart from the front matter (a worker can do it). */
export function readCheckedBody(text: string, bodyOffset: number): CheckedBody {
  const prose = maskMarkdown(text, bodyOffset);
  TEXT.lastIndex = bodyOffset;
  // Comments (the template's instructions) are blanked in the prose: a body of only those is empty.
  return { empty: !TEXT.test(prose), quotes: analyzeQuotes(text, bodyOffset, prose), misspellings: scanCountries(prose).misspellings };
}

/** Statuses that say the text is written. */
const WRITTEN = new Set(["review", "published"]);

/** Every finding for one article. Pure: text in, findings out (`readBody` may hand over a body read elsewhere). */
export function checkArticle(source: ArticleSource, options: CheckOptions, readBody: BodyReader<CheckedBody> = readCheckedBody): CheckedArticle {
  const { file } = source;
  const at = (line: number, column: number) => findingAt(file, { line, column });
  const split = splitArticle(source.text);
  if (split.kind === "none") {
    const finding = source.text.trim() === ""
      ? at(1, 1)("frontmatter/missing", "The file is empty.", "Fill it in, or create articles with `irinsider new`, which writes the front matter for you.")
      : split.toml
      ? at(1, 1)("frontmatter/missing", "TOML front matter (+++) is not supported; irinsider reads YAML between --- lines.", "Rewrite the front matter as YAML between two lines of ---.")
      : at(1, 1)("frontmatter/missing", "No front matter: the file must start with a line of ---, the YAML fields, and another line of ---.", "Start the file with ---, title: …, date: …, authors: […], section: …, summary: …, then ---. `irinsider new --dry-run` prints an example.");
    return { file, findings: [finding] };
  }
  if (split.kind === "unclosed") {
    return { file, findings: [at(1, 1)("frontmatter/yaml", "The front matter opened on line 1 is never closed.", "Add a line with only --- after the last front-matter field.")] };
  }
  if (split.language !== "" && split.language !== "yaml") {
    return {
      file,
      findings: [at(1, 1)("frontmatter/yaml", `Front matter in ---${split.language} is not supported and is never executed.`, "Write the front matter as YAML: a first line of only ---, then key: value lines.")],
    };
  }
  const parsed = parseMatter(split.matter);
  const findings: Finding[] = parsed.problems.map((problem) => findingAt(file, problem.at)(problem.ruleId, problem.message, problem.hint));
  if (parsed.data === null && findings.length > 0) return { file, findings };
  const locate = (issue: FieldIssue) => {
    const span = parsed.locate(issue.path, issue.at);
    return findingAt(file, span.start, span.end)(issue.ruleId, issue.message, issue.hint);
  };
  findings.push(...checkFrontmatter(parsed.data, { sections: options.sections }).map(locate));
  const data = isRecord(parsed.data) ? parsed.data : {};
  const named = options.hasFileName ? checkFileName(file, data, parsed) : { findings: [], slug: undefined };
  findings.push(...named.findings.map(locate));
  const slug = typeof data.slug === "string" ? { value: data.slug, at: parsed.startOf(["slug"]) } : named.slug;
  const body = readBody(source.text, split.bodyOffset);
  if (body.empty && typeof data.status === "string" && WRITTEN.has(data.status)) {
    findings.push(
      locate({
        ruleId: "body/empty",
        message: `The article's status is ${data.status}, but it has no text below its front matter.`,
        hint: "Write the article below the closing --- (HTML comments, such as the template's instructions, do not count), or set status: draft until it is written.",
        path: ["status"],
        at: "value",
      }),
    );
  }
  findings.push(...checkQuotes(file, body.quotes, declaredQuotes(data.quotes), (index, key) => parsed.locate(["quotes", index, key])));
  findings.push(...checkCountrySpelling(file, source.text, body.misspellings));
  return { file, findings, slug };
}

function checkFileName(file: string, data: Record<string, unknown>, parsed: ParsedMatter): { findings: FieldIssue[]; slug?: { value: string; at: Position } } {
  const name = parseArticleFileName(file);
  const date = calendarDate(dateOf(data));
  if (!name) {
    // An imported article is named undated-slug.md until it has a date: its slug still counts.
    const slug = fileNameSlug(file);
    return {
      findings: [
        {
          ruleId: "store/filename",
          message: "The file name does not follow YYYY-MM-DD-slug.md.",
          // The article's own date and slug where it has them (an empty or broken date would give "-your-slug.md").
          hint: date
            ? `Rename it like ${date}-${slug ?? "your-slug"}.md.`
            : slug
              ? `Once it has a date, rename it like YYYY-MM-DD-${slug}.md, with that date.`
              : "Rename it like 2018-03-28-nato-expels-russian-diplomats.md.",
          path: [],
          at: "value",
        },
      ],
      slug: slug === undefined ? undefined : { value: slug, at: parsed.startOf([]) },
    };
  }
  const findings: FieldIssue[] = [];
  if (date && date !== name.date) {
    findings.push({ ruleId: "store/filename", message: `The file name says ${name.date} but "date" is ${date}.`, hint: "Rename the file or correct the date.", path: ["date"], at: "value" });
  }
  if (typeof data.slug === "string" && data.slug !== name.slug) {
    findings.push({ ruleId: "store/filename", message: `The file name's slug is "${name.slug}" but "slug" is "${data.slug}".`, hint: "Rename the file, or remove the slug field to use the file name's.", path: ["slug"], at: "value" });
  }
  return { findings, slug: { value: name.slug, at: parsed.startOf([]) } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
