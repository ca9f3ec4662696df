import { parseMatter } from "./frontmatter/parse.js";
import { bodyOffsetOf, splitArticle, type SplitArticle } from "./frontmatter/split.js";
import { fileNameSlug } from "./store/file-name.js";
import type { ArticleSource } from "./types.js";

export interface DeclaredQuote {
  speaker: string;
  text: string;
  role: string | null;
  index: number;
}

/** An article read leniently, for the commands that list and count (quotes, summary, list). */
export interface Article {
  file: string;
  text: string;
  bodyOffset: number;
  /** The front-matter fields, or {} when they could not be read. */
  data: Record<string, unknown>;
  /** Why the front matter could not be read, if it could not. */
  frontmatterProblem: string | null;
  title: string | null;
  date: string | null;
  declaredQuotes: DeclaredQuote[];
}

/**
 * Reads what a command needs of an article's body, from `bodyOffset` on (the quotes, the words,
 * the countries …), apart from its front matter: pure, so that a worker thread can do it and
 * hand the result over.
 */
export type BodyReader<B> = (text: string, bodyOffset: number) => B;

/** Parses what can be parsed; never throws. */
export function parseArticle(source: ArticleSource): Article {
  const { data, problem, bodyOffset } = readFrontMatter(splitArticle(source.text));
  return {
    file: source.file,
    text: source.text,
    bodyOffset,
    data,
    frontmatterProblem: problem,
    title: typeof data.title === "string" ? data.title : null,
    date: dateOf(data),
    declaredQuotes: declaredQuotes(data.quotes),
  };
}

/**
 * The front-matter fields as `parseArticle` reads them, from the start of the file (`complete`
 * false when that is only a part): undefined when the part does not hold the whole front matter.
 */
export function headFields(head: string, complete: boolean): Record<string, unknown> | undefined {
  const split = splitArticle(head);
  // Only a line that ends inside the part is known whole (a fence cut short may be longer).
  const known = complete || (split.kind === "ok" ? head[split.bodyOffset - 1] === "\n" : split.kind === "none" && head.includes("\n"));
  return known ? readFrontMatter(split).data : undefined;
}

/** The article's slug as validate reads it: the front matter's, else the file name's. */
export function articleSlug(file: string, data: Record<string, unknown>): string | undefined {
  return typeof data.slug === "string" ? data.slug : fileNameSlug(file);
}

export const dateOf = (data: Record<string, unknown>) => (typeof data.date === "string" ? data.date : null);

function readFrontMatter(split: SplitArticle): { data: Record<string, unknown>; problem: string | null; bodyOffset: number } {
  let data: Record<string, unknown> = {};
  let problem: string | null = null;
  if (split.kind === "ok") {
    const parsed = split.language === "" || split.language === "yaml" ? parseMatter(split.matter) : null;
    if (parsed && isRecord(parsed.data)) data = parsed.data;
    const first = parsed?.problems.find((p) => p.ruleId === "frontmatter/yaml");
    if (!parsed) problem = `front matter in ---${split.language} is not read`;
    else if (first) problem = `line ${first.at.line}: ${first.message}`;
    else if (!isRecord(parsed.data)) problem = "the front matter is not a set of keys";
  } else {
    problem = split.kind === "none" ? "no front matter" : "the front matter is never closed";
  }
  return { data, problem, bodyOffset: bodyOffsetOf(split) };
}

export function declaredQuotes(value: unknown): DeclaredQuote[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => {
    if (!isRecord(item) || typeof item.speaker !== "string" || typeof item.text !== "string") return [];
    return [{ speaker: item.speaker, text: item.text, role: typeof item.role === "string" ? item.role : null, index }];
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
