import type { DeclaredQuote } from "../article.js";
import { findingAt } from "../check/finding.js";
import type { Finding, Span } from "../types.js";
import { MAX_QUOTES, type QuoteAnalysis } from "./attribute.js";
import { explainMisquote, findDeclared } from "./declared.js";
import { speakersMatch } from "./score.js";

const preview = (text: string) => (text.length > 50 ? `${text.slice(0, 50).trimEnd()}…` : text);

/**
 * The quote rules: unbalanced marks, speech with no speaker, declared quotes missing from the
 * body (misquotes) or given to someone else. `locate` finds a declared quote's key in the file.
 */
export function checkQuotes(
  file: string,
  analysis: QuoteAnalysis,
  declared: readonly DeclaredQuote[],
  locate: (index: number, key: "text" | "speaker") => Span,
): Finding[] {
  const findings: Finding[] = [];
  if (analysis.skipped > 0) {
    findings.push(
      findingAt(file, { line: 1, column: 1 })(
        "quote/limit",
        `This file has more quoted passages than irinsider checks (${MAX_QUOTES.toLocaleString("en-US")}); ${analysis.skipped.toLocaleString("en-US")} were not checked.`,
        "Is this an article? Split it, or move it out of the store.",
      ),
    );
  }
  if (analysis.problemsSkipped > 0) {
    findings.push(
      findingAt(file, { line: 1, column: 1 })(
        "quote/limit",
        `This file has ${(analysis.problems.length + analysis.problemsSkipped).toLocaleString("en-US")} unbalanced quotation marks; the first ${analysis.problems.length} are listed.`,
        "Is this an article? Fix the first ones and run validate again.",
      ),
    );
  }
  for (const problem of analysis.problems) {
    findings.push(
      findingAt(file, problem)(
        "quote/unbalanced",
        problem.kind === "unclosed" ? `The quote opened here with ${problem.mark} is never closed in its paragraph.` : `This ${problem.mark} closes no quote.`,
        problem.kind === "unclosed"
          ? "Close the quote where the speaker's words end; a quote that runs on opens the next paragraph with a mark of its own."
          : "Remove it, or add the opening mark where the quote begins. For inches, write 5 ft 11 in or use ″.",
      ),
    );
  }
  const matches = findDeclared(declared, analysis.quotes);
  const covered = new Set(matches);
  for (const quote of analysis.quotes) {
    if (!quote.speech || quote.speaker !== null || covered.has(quote)) continue;
    findings.push(
      findingAt(file, quote)(
        "quote/unattributed",
        `The quote “${preview(quote.text)}” has no speaker.`,
        "Name who said it next to the quote (“…,” said Jane Doe / Jane Doe said: “…”), or declare it under quotes: in the front matter.",
      ),
    );
  }
  for (const [i, entry] of declared.entries()) {
    const match = matches[i];
    if (!match) {
      const misquote = explainMisquote(entry.text, analysis.quotes);
      findings.push(
        findingAt(file, locate(entry.index, "text").start)(
          "quote/declared-missing",
          misquote
            ? `The declared quote by ${entry.speaker} is not in the body word for word: ${misquote.difference}.`
            : `The declared quote by ${entry.speaker} (“${preview(entry.text)}”) is not in the body.`,
          misquote ? `The closest passage in the body: “${preview(misquote.passage)}”. Copy the words exactly.` : "Quote the words in the body, or remove the entry.",
        ),
      );
      continue;
    }
    const found = match.speaker;
    if (found && !/^(?:he|she|they|it|i|we)$/.test(found) && !speakersMatch(entry.speaker, found)) {
      findings.push(
        findingAt(file, locate(entry.index, "speaker").start)(
          "quote/speaker-mismatch",
          `This quote is declared as ${entry.speaker}'s, but the text gives it to ${found} (line ${match.line}).`,
          "Correct the speaker in the front matter, or the attribution in the body.",
        ),
      );
    }
  }
  return findings;
}
