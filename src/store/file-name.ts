import path from "node:path";

export interface ArticleName {
  date: string;
  slug: string;
}

/** The date and slug in a file name like `2018-03-28-nato-expels-russian-diplomats.md`. */
export function parseArticleFileName(file: string): ArticleName | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})-(.+)\.md$/i.exec(path.basename(file));
  return match ? { date: match[1], slug: match[2] } : undefined;
}

/** The file name of an article: `2018-03-28-slug.md`, or `undated-slug.md` until it has a date (import). */
export function articleFileName(date: string | null, slug: string): string {
  return `${date ?? "undated"}-${slug}.md`;
}

/** The slug in a file name of either form: dated, or `undated-slug.md` (which store/filename still reports). */
export function fileNameSlug(file: string): string | undefined {
  return parseArticleFileName(file)?.slug ?? /^undated-(.+)\.md$/i.exec(path.basename(file))?.[1];
}
