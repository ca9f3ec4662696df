import { readFileSync } from "node:fs";
import type { ArticleSource, Finding } from "../types.js";
import { decodeArticle } from "./decode.js";
import { unreadableFinding, type ArticleFile } from "./find-articles.js";

export interface ReadResult {
  source: ArticleSource | null;
  findings: Finding[];
}

/** Reads one article file; a failure to read is a finding, not an exception. */
export function readArticle(article: ArticleFile, cwd: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(article.path);
  } catch (error) {
    return { source: null, findings: [unreadableFinding(cwd, article.path, error)] };
  }
  return fromBytes(article.file, bytes);
}

/** Reads one article from standard input. */
export function readArticleFromStdin(file: string): ReadResult {
  return fromBytes(file, readFileSync(0));
}

function fromBytes(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeArticle(bytes);
  return {
    source: { file, text: decoded.text },
    findings: decoded.findings.map((finding) => ({ ...finding, file })),
  };
}
