import { Document, isSeq, type Scalar, type YAMLSeq } from "yaml";

export interface NewArticle {
  title: string | null;
  date: string | null;
  authors: string[];
  section: string | null;
  summary: string | null;
  status: string;
  tags: string[];
  countries: string[];
  images: { caption: string; credit: string }[];
  quotes: { speaker: string; role: string | null; text: string }[];
  slug?: string;
  body: string;
}

/** What to write where a value is unknown: `validate` reports each of them. */
const PLACEHOLDERS: Record<string, string> = {
  title: " TODO: the headline",
  date: " TODO: publication date, YYYY-MM-DD (or --date)",
  authors: " TODO: who wrote it (or --author)",
  section: " TODO: one of the configured sections (or --section)",
  summary: " TODO: one or two sentences (or --summary)",
};

/** The fields still unknown (written as placeholders that `validate` reports), in the front matter's order. */
export function unknownFields(article: NewArticle): string[] {
  return Object.keys(PLACEHOLDERS).filter((key) => {
    const value = article[key as keyof NewArticle];
    return value === null || value === "" || (Array.isArray(value) && value.length === 0);
  });
}

/** An article file: YAML front matter (short lists inline, unknown values as commented placeholders), then the body. */
export function formatArticle(article: NewArticle): string {
  const data: Record<string, unknown> = {
    title: article.title ?? "",
    date: article.date ?? "",
    authors: article.authors,
    section: article.section ?? "",
    summary: article.summary ?? "",
    status: article.status,
  };
  if (article.tags.length > 0) data.tags = article.tags;
  if (article.countries.length > 0) data.countries = article.countries;
  if (article.images.length > 0) data.images = article.images;
  if (article.quotes.length > 0) data.quotes = article.quotes.map(({ speaker, role, text }) => (role ? { speaker, role, text } : { speaker, text }));
  if (article.slug) data.slug = article.slug;
  const doc = new Document(data);
  for (const key of ["authors", "tags", "countries"]) {
    const node = doc.get(key, true);
    if (isSeq(node)) (node as YAMLSeq).flow = true;
  }
  for (const key of unknownFields(article)) (doc.get(key, true) as Scalar | YAMLSeq).comment = PLACEHOLDERS[key];
  // lineWidth 0: no folding, so a long summary or a list of twenty countries stays on one line.
  const front = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const body = article.body.trim();
  return `---\n${front}---\n${body ? `\n${body}\n` : ""}`;
}

/** The body of a new article: how to quote and credit, in a comment that is never published. */
export const NEW_ARTICLE_BODY = `<!--
Write the article here, one paragraph per block of text.

Quotes: put a speaker's exact words in curly quotes and name who said them, next to the quote:
  “We will not back down,” said Jane Doe, the foreign minister.
  Jane Doe told reporters: “We will not back down.”
Every direct quote needs a speaker; irinsider validate checks it.

Images: list each one in the front matter with its caption and credit (who took it), e.g.
  images:
    - caption: NATO Secretary General Jens Stoltenberg
      credit: IBNA

When you are done: npx irinsider validate
-->
`;
