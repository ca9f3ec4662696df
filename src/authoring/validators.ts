import { checkFrontmatter } from "../frontmatter/check.js";
import { isCalendarDate } from "../frontmatter/dates.js";
import { IrinsiderError } from "../errors.js";
import { SLUG_PATTERN, STATUSES } from "../frontmatter/schema.js";

/**
 * The answer to one prompt checked by the rule `validate` uses, with the same message:
 * `true`, or the message to show. Pure, for the prompts' `validate`.
 */
export function validateField(field: "title" | "summary" | "section" | "authors" | "date", value: unknown, sections: readonly string[]): true | string {
  const issue = checkFrontmatter({ [field]: value }, { sections }).find((i) => i.path[0] === field || (i.path.length === 0 && i.message.includes(`"${field}"`)));
  return issue ? issue.message : true;
}

export const validateTitle = (title: string, sections: readonly string[] = []) => validateField("title", title.trim(), sections);

export function validateDate(date: string): true | string {
  return isCalendarDate(date) ? true : `"${date}" is not a real calendar date written YYYY-MM-DD.`;
}

export function validateSlug(slug: string): true | string {
  return new RegExp(SLUG_PATTERN).test(slug) ? true : `"${slug}" is not a slug: use lower-case letters, digits and hyphens.`;
}

/** "Jane Doe, Tom Becker" → ["Jane Doe", "Tom Becker"]. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

export function validateStatus(status: string): true | string {
  return (STATUSES as readonly string[]).includes(status) ? true : `"${status}" is not one of ${STATUSES.join(", ")}.`;
}

/** A flag's value is checked by the same rule as a prompt's answer; a bad one stops with exit 2. */
export function checkFlag(flag: string, result: true | string): void {
  if (result !== true) throw new IrinsiderError(`${flag}: ${result}`);
}
