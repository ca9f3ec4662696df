import type { Finding } from "../types.js";
import type { CheckedArticle } from "./check-article.js";
import { findingAt } from "./finding.js";

/** Rules across articles: two articles with one slug is an error on both. */
export function checkStore(articles: readonly CheckedArticle[]): Finding[] {
  const bySlug = new Map<string, CheckedArticle[]>();
  for (const article of articles) {
    if (!article.slug) continue;
    const group = bySlug.get(article.slug.value) ?? [];
    group.push(article);
    bySlug.set(article.slug.value, group);
  }
  const findings: Finding[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const article of group) {
      const others = group.filter((other) => other !== article).map((other) => other.file);
      findings.push(
        findingAt(article.file, article.slug!.at)("store/duplicate-slug", `The slug "${slug}" is also used by ${others.join(", ")}.`, "Give one of them another slug (rename the file, or set slug: in its front matter)."),
      );
    }
  }
  return findings;
}
