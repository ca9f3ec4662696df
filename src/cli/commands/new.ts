import path from "node:path";
import { formatArticle, NEW_ARTICLE_BODY, type NewArticle } from "../../authoring/article-text.js";
import { slugFromTitle } from "../../authoring/slug.js";
import { checkFlag as check, splitList, validateDate, validateField, validateSlug, validateStatus, validateTitle } from "../../authoring/validators.js";
import { countryName, countryNames, guessCountryCode, isCountryCode } from "../../countries/data.js";
import { ExitCode, IrinsiderError } from "../../errors.js";
import { today } from "../../frontmatter/dates.js";
import { STATUSES, SUMMARY_MAX } from "../../frontmatter/schema.js";
import { loadConfig } from "../../store/find-config.js";
import { articleFileName } from "../../store/file-name.js";
import { requireStore, resolveStorePath } from "../../store/resolve-store.js";
import { findArticles } from "../../store/find-articles.js";
import { writeNewFile } from "../../store/write-article.js";
import { displayPath } from "../../store/find-config.js";
import { slugOf } from "../front-matter-fields.js";
import { gitUserName } from "../git-user.js";
import type { CommandIO } from "../output.js";
import type { CommandContext } from "../program.js";
import { createInquirerPrompter, type Prompter } from "../prompter.js";

export interface NewOptions {
  title?: string;
  author?: string[];
  section?: string;
  tag?: string[];
  country?: string[];
  summary?: string;
  date?: string;
  status?: string;
  slug?: string;
  yes?: boolean;
  dryRun?: boolean;
}

export function countryCode(value: string): string {
  const code = isCountryCode(value.toUpperCase()) ? value.toUpperCase() : guessCountryCode(value);
  if (!code) throw new IrinsiderError(`--country: "${value}" is not a country name or ISO 3166-1 alpha-2 code.`, { hint: "For example --country GB or --country \"United Kingdom\"." });
  return code;
}

/**
 * Asks for what the flags did not give, in order: title, authors, section, tags, countries,
 * summary, status. Prompts only with a prompter (a terminal); without one, the missing required
 * values are a usage error naming their flags.
 */
export async function collectArticle(options: NewOptions, sections: readonly string[], prompter: Prompter | null, defaultAuthor: string | undefined): Promise<NewArticle> {
  const missing: string[] = [];
  const ask = async (flag: string, question: Parameters<Prompter["ask"]>[0], required: boolean): Promise<string | undefined> => {
    if (prompter) return prompter.ask(question);
    if (required) missing.push(flag);
    return undefined;
  };
  const usesDefault = (value: unknown) => options.yes && value !== undefined;

  if (options.title !== undefined) check("--title", validateTitle(options.title.trim()));
  const title = options.title?.trim() ?? (await ask("--title", { kind: "input", name: "title", message: "Title", validate: (v) => validateTitle(v.trim()) }, true))?.trim();

  let authors = options.author?.map((a) => a.trim()).filter(Boolean);
  if (authors?.length === 0) check("--author", "give a name, like --author \"Jane Doe\".");
  if (!authors && usesDefault(defaultAuthor)) authors = [defaultAuthor!];
  if (!authors) {
    const answer = await ask("--author", { kind: "input", name: "authors", message: "Authors (comma-separated)", default: defaultAuthor, validate: (v) => validateField("authors", splitList(v), sections) }, defaultAuthor === undefined);
    authors = answer !== undefined ? splitList(answer) : defaultAuthor ? [defaultAuthor] : undefined;
  }

  if (options.section !== undefined) check("--section", validateField("section", options.section, sections));
  const section = options.section ?? (await ask("--section", { kind: "select", name: "section", message: "Section", choices: sections.map((s) => ({ name: s, value: s })) }, true));

  const tags = options.tag ?? (options.yes ? [] : splitList((await ask("--tag", { kind: "input", name: "tags", message: "Tags (comma-separated, optional)" }, false)) ?? ""));

  let countries = options.country?.map(countryCode);
  if (!countries) {
    countries = [];
    if (prompter && !options.yes) {
      for (;;) {
        const code = await prompter.ask({ kind: "search", name: "countries", message: countries.length ? `Another country (${countries.join(", ")})` : "Countries covered (type to search)", source: (term) => searchCountries(term, countries!) });
        if (!code) break;
        countries.push(code);
      }
    }
  }

  if (options.summary !== undefined) check("--summary", validateField("summary", options.summary.trim(), sections));
  const summary =
    options.summary?.trim() ??
    (await ask("--summary", { kind: "input", name: "summary", message: `Summary (at most ${SUMMARY_MAX} characters)`, validate: (v) => validateField("summary", v.trim(), sections), transformer: (v, final) => (final ? v : `${v}  ${v.length}/${SUMMARY_MAX}`) }, true))?.trim();

  if (options.status !== undefined) check("--status", validateStatus(options.status));
  const status = options.status ?? (options.yes || !prompter ? "draft" : await prompter.ask({ kind: "select", name: "status", message: "Status", choices: STATUSES.map((s) => ({ name: s, value: s })), default: "draft" }));

  const date = options.date ?? today();
  check("--date", validateDate(date));
  if (options.slug !== undefined) check("--slug", validateSlug(options.slug));

  if (missing.length > 0) {
    throw new IrinsiderError(`Missing ${missing.join(", ")}: standard input is not a terminal, so irinsider cannot ask.`, {
      hint: `Pass ${missing.map((flag) => `${flag} …`).join(" ")} (see irinsider new --help).`,
    });
  }
  return { title: title!, date, authors: authors!, section: section!, summary: summary!, status, tags, countries, images: [], quotes: [], body: NEW_ARTICLE_BODY };
}

function searchCountries(term: string, chosen: readonly string[]): { name: string; value: string }[] {
  const wanted = term.trim().toLowerCase();
  const seen = new Set<string>(chosen);
  const matches: { name: string; value: string }[] = [];
  for (const [name, code] of countryNames()) {
    if (seen.has(code) || !(name.toLowerCase().includes(wanted) || code.toLowerCase() === wanted)) continue;
    seen.add(code);
    matches.push({ name: `${countryName(code)} (${code})`, value: code });
  }
  matches.sort((a, b) => a.name.localeCompare(b.name));
  return [{ name: chosen.length ? "Done" : "None / done", value: "" }, ...matches.slice(0, 30)];
}

/** Writes the file (or prints it with --dry-run), never over an existing article or slug. */
export function writeArticle(article: NewArticle, slug: string, options: { dryRun?: boolean; nextStep?: string }, io: CommandIO, store: string): ExitCode {
  const name = articleFileName(article.date, slug);
  const target = path.join(store, name);
  const text = formatArticle(article);
  if (options.dryRun) {
    io.out(text);
    return ExitCode.Ok;
  }
  // Another article with this slug, in its front matter or its file name, in any sub-folder.
  const existing = findArticles([store], io.cwd).files.find((file) => slugOf(file, io.cwd) === slug)?.path;
  if (existing) {
    throw new IrinsiderError(`An article with the slug "${slug}" already exists: ${displayPath(io.cwd, existing)}. Nothing was written.`, {
      exitCode: ExitCode.Findings,
      hint: "Choose another slug with --slug, or edit the existing article.",
    });
  }
  writeNewFile(target, text, io.cwd);
  io.out(`Created ${displayPath(io.cwd, target)}\n`);
  io.err(`Next: ${options.nextStep ?? "open it and write the article"}, then run: npx irinsider validate ${displayPath(io.cwd, target)}\n`);
  return ExitCode.Ok;
}

export async function newCommand(options: NewOptions, context: CommandContext, prompter?: Prompter): Promise<ExitCode> {
  const { io, globals } = context;
  const config = loadConfig(io.cwd, globals.config);
  const storeChoice = { flag: globals.store, env: io.env.IRINSIDER_STORE };
  const store = options.dryRun ? resolveStorePath(io.cwd, config, storeChoice) : requireStore(io.cwd, config, storeChoice);
  const interactive = prompter ?? (io.stdinIsTTY ? createInquirerPrompter() : null);
  const article = await collectArticle(options, config.sections, interactive, gitUserName(io.cwd));
  return writeArticle(article, options.slug ?? slugFromTitle(article.title!), options, io, store);
}
