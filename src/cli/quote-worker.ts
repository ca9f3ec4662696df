import { parentPort } from "node:worker_threads";
import { splitArticle } from "../frontmatter/split.js";
import { analyzeQuotes } from "../quotes/attribute.js";

// The quote engine in a thread of its own: it takes chunks of article texts and sends back each
// one's quote analysis, with the body offset it analysed from (that of the front matter it found).
export interface QuoteJob {
  id: number;
  texts: (string | null)[];
}

export interface AnalysedText {
  bodyOffset: number;
  analysis: ReturnType<typeof analyzeQuotes>;
}

parentPort?.on("message", ({ id, texts }: QuoteJob) => {
  const results = texts.map((text): AnalysedText | null => {
    if (text === null) return null;
    const split = splitArticle(text);
    const bodyOffset = split.kind === "ok" ? split.bodyOffset : 0;
    return { bodyOffset, analysis: analyzeQuotes(text, bodyOffset) };
  });
  parentPort!.postMessage({ id, results });
});
