import { readArticle as parseArticle, type Article } from "../article.js";
import type { Config } from "../config.js";
import { readArticle, readArticleFromStdin } from "../store/read-article.js";
import { resolveTargets } from "./context.js";
import type { CommandContext } from "./program.js";

export interface LoadedStore {
  config: Config;
  articles: Article[];
}

/**
 * The articles a listing command works on, read leniently: a file that cannot be read, or whose
 * front matter is broken, is reported once on stderr and counted where it can be.
 */
export function loadArticles(paths: readonly string[], context: CommandContext): LoadedStore {
  const { io } = context;
  const targets = resolveTargets(paths, context);
  const reads = targets.files.map((file) => readArticle(file, io.cwd));
  if (targets.stdin) reads.push(readArticleFromStdin("<stdin>"));
  const articles: Article[] = [];
  for (const finding of targets.findings) io.err(`${io.colors.yellow("warning")} ${finding.file}: ${finding.message}\n`);
  for (const read of reads) {
    if (!read.source) {
      for (const finding of read.findings) io.err(`${io.colors.yellow("warning")} ${finding.file}: ${finding.message} It is left out.\n`);
      continue;
    }
    const article = parseArticle(read.source);
    if (article.frontmatterProblem) {
      io.err(`${io.colors.yellow("warning")} ${article.file}: ${article.frontmatterProblem}; counted without its front matter (run irinsider validate).\n`);
    }
    articles.push(article);
  }
  return { config: targets.config, articles };
}
