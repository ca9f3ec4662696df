import type { Finding } from "../types.js";
import type { CheckedArticle } from "./check-article.js";
import { findingAt } from "./finding.js";

/** An article of the store that was not checked, known by its file name's slug. */
export interface OtherArticle {
  file: string;
  slug: string;
}

/**
 * Rules across articles: two articles with one slug is an error on both. `others` are the rest
 * of the store when only some files are checked: a clash with them is reported on the checked one.
 */
export function checkStore(articles: readonly CheckedArticle[], others: readonly OtherArticle[] = []): Finding[] {
  const bySlug = new Map<string, CheckedArticle[]>();
  for (const article of articles) {
    if (!article.slug) continue;
    const group = bySlug.get(article.slug.value) ?? [];
    group.push(article);
    bySlug.set(article.slug.value, group);
  }
  const elsewhere = new Map<string, string[]>();
  const checkedFiles = new Set(articles.map((article) => article.file));
  for (const other of others) {
    if (checkedFiles.has(other.file) || !bySlug.has(other.slug)) continue;
    elsewhere.set(other.slug, [...(elsewhere.get(other.slug) ?? []), other.file]);
  }
  const findings: Finding[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length + (elsewhere.get(slug)?.length ?? 0) < 2) continue;
    for (const article of group) {
      const others = [...group.filter((other) => other !== article).map((other) => other.file), ...(elsewhere.get(slug) ?? [])];
      findings.push(
        findingAt(article.file, article.slug!.at)("store/duplicate-slug", `The slug "${slug}" is also used by ${others.join(", ")}.`, "Give one of them another slug (rename the file, or set slug: in its front matter)."),
      );
    }
  }
  return findings;
}
