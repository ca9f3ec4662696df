export type Severity = "error" | "warning";

/** A problem found in an article: a value, never an exception. */
export interface Finding {
  /** The path as the user sees it (relative to the current directory). */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  ruleId: string;
  severity: Severity;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

export interface Span {
  start: Position;
  end: Position;
}

/** A path into the front matter: `["images", 0, "credit"]`. */
export type KeyPath = readonly (string | number)[];

/** One article file's text, before parsing. */
export interface ArticleSource {
  /** The path as the user sees it. */
  file: string;
  text: string;
}
