import { articleSlug, headFields, parseArticle } from "../article.js";
import type { ArticleFile } from "../store/find-articles.js";
import { readArticle, readArticleHead } from "../store/read-article.js";

/**
 * A file's front-matter fields, read from its first 4 KB (the whole file only when the front
 * matter runs past that); {} when it cannot be read (the commands that read it whole say why).
 * Cheap enough to ask of every file in a store: to order it by date, or to compare slugs.
 */
export function frontMatterFields(article: ArticleFile, cwd: string): Record<string, unknown> {
  const head = readArticleHead(article);
  const fields = head ? headFields(head.text, head.complete) : {};
  if (fields !== undefined) return fields;
  const read = readArticle(article, cwd);
  return read.source ? parseArticle(read.source).data : {};
}

/** A file's slug as validate reads it (front matter, else file name), from the start of the file. */
export function slugOf(article: ArticleFile, cwd: string): string | undefined {
  return articleSlug(article.file, frontMatterFields(article, cwd));
}
