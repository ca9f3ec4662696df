import { createRequire } from "node:module";

type Slugify = (text: string, options: { lower: boolean; strict: boolean; remove: RegExp }) => string;
const slugify = createRequire(import.meta.url)("slugify") as Slugify;

export const SLUG_MAX = 60;

/**
 * A URL slug from a title: ASCII-folded, lower case, hyphens ("Côte d’Ivoire’s Élection" →
 * "cote-divoires-election"), at most 60 characters, cut at a word boundary.
 */
export function slugFromTitle(title: string): string {
  const slug = slugify(title, { lower: true, strict: true, remove: /['’‘`]/g });
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX + 1);
  const boundary = cut.lastIndexOf("-");
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, SLUG_MAX);
}
