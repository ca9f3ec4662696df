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

export function articleFileName(date: string, slug: string): string {
  return `${date}-${slug}.md`;
}
