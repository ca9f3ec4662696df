import { unknownFields } from "../../authoring/article-text.js";
import { DEFAULT_BOILERPLATE, importText } from "../../authoring/import-text.js";
import { slugFromTitle } from "../../authoring/slug.js";
import { checkFlag as check, validateDate, validateField, validateSlug, validateStatus, validateTitle } from "../../authoring/validators.js";
import type { ExitCode } from "../../errors.js";
import { loadConfig } from "../../store/find-config.js";
import { readTextInput } from "../../store/read-article.js";
import { requireStore, resolveStorePath } from "../../store/resolve-store.js";
import type { CommandContext } from "../program.js";
import { writeArticle } from "./new.js";

export interface ImportOptions {
  title?: string;
  date?: string;
  author?: string[];
  section?: string;
  summary?: string;
  tag?: string[];
  status?: string;
  slug?: string;
  dryRun?: boolean;
}

/** A plain-text export becomes an article: nothing invented, unknown values left as placeholders. */
export async function importCommand(file: string, options: ImportOptions, context: CommandContext): Promise<ExitCode> {
  const { io, globals } = context;
  const config = loadConfig(io.cwd, globals.config);
  const storeChoice = { flag: globals.store, env: io.env.IRINSIDER_STORE };
  const store = options.dryRun ? resolveStorePath(io.cwd, config, storeChoice) : requireStore(io.cwd, config, storeChoice);
  if (options.title !== undefined) check("--title", validateTitle(options.title));
  if (options.date !== undefined) check("--date", validateDate(options.date));
  if (options.section !== undefined) check("--section", validateField("section", options.section, config.sections));
  if (options.summary !== undefined) check("--summary", validateField("summary", options.summary, config.sections));
  if (options.status !== undefined) check("--status", validateStatus(options.status));
  if (options.slug !== undefined) check("--slug", validateSlug(options.slug));

  const parts = importText(readTextInput(file, io.cwd), [...DEFAULT_BOILERPLATE, ...config.importBoilerplate]);
  const title = options.title ?? parts.title;
  const slug = options.slug ?? slugFromTitle(title ?? "untitled");
  const article = {
    title,
    date: options.date ?? null,
    authors: options.author ?? [],
    section: options.section ?? null,
    summary: options.summary ?? parts.summary,
    status: options.status ?? "draft",
    tags: options.tag ?? [],
    countries: parts.countries,
    images: parts.images,
    quotes: parts.quotes,
    body: parts.body,
  };
  const todo = unknownFields(article);
  const nextStep = todo.length > 0 ? `open it and fill in ${todo.join(", ")} (marked TODO)` : "open it and check it";
  return writeArticle(article, slug, { dryRun: options.dryRun, nextStep }, io, store);
}
