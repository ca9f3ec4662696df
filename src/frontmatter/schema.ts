/** The front-matter schema: one table that the checks, the README and `irinsider schema` share. */

export const STATUSES = ["draft", "review", "published"] as const;
export type Status = (typeof STATUSES)[number];

export const TITLE_MAX = 150;
export const SUMMARY_MAX = 300;

export interface FieldSpec {
  required: boolean;
  description: string;
}

export const FIELDS = {
  title: { required: true, description: `Headline, 1–${TITLE_MAX} characters.` },
  date: { required: true, description: "Publication date, YYYY-MM-DD (a real calendar date)." },
  authors: { required: true, description: "List of author names, at least one." },
  section: { required: true, description: "One of the configured sections." },
  summary: { required: true, description: `One or two sentences, at most ${SUMMARY_MAX} characters.` },
  status: { required: false, description: "draft, review or published (default draft)." },
  tags: { required: false, description: "List of tags." },
  countries: { required: false, description: "List of ISO 3166-1 alpha-2 codes (GB, RU, US …)." },
  images: { required: false, description: "List of images: caption, credit, optional src." },
  quotes: { required: false, description: "List of quotes: speaker, text (word for word as in the body), optional role." },
  slug: { required: false, description: "URL name: lower-case letters, digits and hyphens; defaults to the file name's slug." },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

export const IMAGE_KEYS = ["caption", "credit", "src"];
export const IMAGE_REQUIRED = ["caption", "credit"];
export const QUOTE_KEYS = ["speaker", "text", "role"];
export const QUOTE_REQUIRED = ["speaker", "text"];

/** A list of objects with these text keys, as JSON Schema. */
function listOf(keys: readonly string[], required: readonly string[]): Record<string, unknown> {
  const nonEmpty = { type: "string", minLength: 1 };
  return { type: "array", items: { type: "object", required, additionalProperties: false, properties: Object.fromEntries(keys.map((key) => [key, nonEmpty])) } };
}

export const SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

/** The schema as JSON Schema (draft 2020-12), for editors' YAML extensions. */
export function toJsonSchema(sections: readonly string[]): Record<string, unknown> {
  const nonEmpty = { type: "string", minLength: 1 };
  const describe = (name: FieldName, schema: Record<string, unknown>) => ({ description: FIELDS[name].description, ...schema });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "IR Insider article front matter",
    type: "object",
    required: FIELD_NAMES.filter((name) => FIELDS[name].required),
    additionalProperties: false,
    properties: {
      title: describe("title", { type: "string", minLength: 1, maxLength: TITLE_MAX }),
      date: describe("date", { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", format: "date" }),
      authors: describe("authors", { type: "array", minItems: 1, items: nonEmpty }),
      section: describe("section", { type: "string", enum: [...sections] }),
      summary: describe("summary", { type: "string", minLength: 1, maxLength: SUMMARY_MAX }),
      status: describe("status", { type: "string", enum: [...STATUSES], default: "draft" }),
      tags: describe("tags", { type: "array", items: nonEmpty }),
      countries: describe("countries", { type: "array", items: { type: "string", pattern: "^[A-Z]{2}$" } }),
      images: describe("images", listOf(IMAGE_KEYS, IMAGE_REQUIRED)),
      quotes: describe("quotes", listOf(QUOTE_KEYS, QUOTE_REQUIRED)),
      slug: describe("slug", { type: "string", pattern: SLUG_PATTERN }),
    },
  };
}
