import type { Severity } from "./types.js";

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

/** Every rule `validate` knows. Ids are permanent: the README and configurations name them. */
export const RULES: readonly RuleInfo[] = [
  { id: "frontmatter/missing", severity: "error", description: "The file has no front matter between `---` lines at its top." },
  { id: "frontmatter/yaml", severity: "error", description: "The front matter is not valid YAML (or is not YAML at all, like `---js`)." },
  { id: "frontmatter/required", severity: "error", description: "A required field is missing or empty." },
  { id: "frontmatter/type", severity: "error", description: "A field has the wrong type (a string where a list is expected, …)." },
  { id: "frontmatter/length", severity: "error", description: "A title or summary is too long (or the title empty)." },
  { id: "frontmatter/date", severity: "error", description: "`date` is not a real calendar date written YYYY-MM-DD." },
  { id: "frontmatter/section", severity: "error", description: "`section` is not one of the configured sections." },
  { id: "frontmatter/status", severity: "error", description: "`status` is not draft, review or published." },
  { id: "frontmatter/country", severity: "error", description: "A `countries` entry is not an ISO 3166-1 alpha-2 code." },
  { id: "frontmatter/unknown-key", severity: "warning", description: "A key the schema does not know (often a typo)." },
  { id: "frontmatter/duplicate-key", severity: "error", description: "The same key appears twice in the front matter." },
  { id: "quote/unattributed", severity: "error", description: "A direct quote (speech) with no speaker in the text or the front matter." },
  { id: "quote/unbalanced", severity: "error", description: "A quotation mark opened and never closed, or a stray closing mark." },
  { id: "quote/declared-missing", severity: "error", description: "A front-matter quote is not in the body word for word (a misquote)." },
  { id: "quote/speaker-mismatch", severity: "error", description: "A front-matter quote's speaker differs from the one the text gives." },
  { id: "quote/limit", severity: "warning", description: "A file with more quoted passages (5,000) or unbalanced marks (100) than are checked one by one: not prose." },
  { id: "names/country-spelling", severity: "warning", description: "A capitalised word one letter away from a country's name, where a country is expected (Hungry → Hungary)." },
  { id: "body/empty", severity: "error", description: "An article in review or published has no text in its body." },
  { id: "image/credit", severity: "error", description: "An image has no credit (or no caption)." },
  { id: "store/duplicate-slug", severity: "error", description: "Two articles share one slug." },
  { id: "store/filename", severity: "warning", description: "The file name's date or slug disagrees with the front matter." },
  { id: "store/encoding", severity: "error", description: "The file is not valid UTF-8 text (invalid bytes, UTF-16, NUL bytes)." },
  { id: "store/unreadable", severity: "error", description: "The file could not be read." },
  { id: "store/symlink", severity: "warning", description: "A symbolic link in the store; links are never followed." },
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function findRule(id: string): RuleInfo | undefined {
  return byId.get(id);
}
