import { ArticleContext } from "./context.js";
import { extractQuoteSpans, type QuoteSpan } from "./extract.js";
import { fillLines, flatJoin, maskMarkdown } from "./mask.js";
import { CUE_WINDOW, MASK, MAX_PROBLEMS, MAX_QUOTES, type Quote, type QuoteAnalysis } from "./model.js";
import { lineIndex } from "../text/line-index.js";
import { isSpeech } from "./speech.js";

export { MAX_QUOTES, type Cue, type Quote, type QuoteAnalysis } from "./model.js";

/**
 * Finds every direct quote in an article and attributes it, as an ordered sieve: a cue right
 * after the quote (dash, "according to", "said NAME", "NAME said"), then a lead-in before it in
 * the same sentence (speech verb, participle), then a paragraph ending "NAME said:", then the
 * previous quote's speaker (same paragraph, or a quote-only paragraph after an attributed one).
 * Pronouns and surnames are resolved to the fullest name used earlier. Pure: text in, quotes out.
 */
export function analyzeQuotes(text: string, bodyOffset: number, prose = maskMarkdown(text, bodyOffset)): QuoteAnalysis {
  const extraction = extractQuoteSpans(prose);
  const { paragraphs, problems } = extraction;
  // A span with no letter or digit ("" or “ ”) quotes nothing; past MAX_QUOTES an article is not prose.
  const allSpans = extraction.quotes.filter((span) => span.pieces.some(([a, b]) => /[\p{L}\p{N}]/u.test(prose.slice(a, Math.min(b, a + 200)))));
  const spans = allSpans.slice(0, MAX_QUOTES);
  const frame = maskQuotes(prose, spans);
  const position = lineIndex(text);
  const context = new ArticleContext(frame, paragraphs);
  const quotes: Quote[] = [];
  let previous: { span: QuoteSpan; quote: Quote } | null = null;

  for (const span of spans) {
    const start = span.pieces[0][0];
    const quoteText = span.pieces.map(([a, b]) => text.slice(a, b).trim()).join(" ");
    const found = context.attribute(span, previous && previous.quote.speaker ? previous : null);
    const speaker = found ? context.withRole(context.resolve(found.speaker, span.open)) : null;
    const { line, column } = position(start);
    const quote: Quote = {
      text: quoteText,
      offset: start,
      line,
      column,
      speaker: speaker?.name ?? null,
      role: speaker?.role ?? null,
      speech: isSpeech(quoteText, frame.slice(Math.max(context.sentenceStart(span.open), span.open - CUE_WINDOW), span.open), frame.slice(span.close, span.close + 40), found?.cue ?? null),
      cue: found?.cue ?? null,
    };
    if (!quote.speech) {
      quote.speaker = null;
      quote.role = null;
      quote.cue = null;
    } else {
      if (speaker && speaker.kind === "person") context.mention(speaker, span.open);
      previous = { span, quote };
    }
    quotes.push(quote);
  }
  return {
    quotes,
    problems: problems.slice(0, MAX_PROBLEMS).map((problem) => ({ ...problem, ...position(problem.offset) })),
    skipped: allSpans.length - spans.length,
    problemsSkipped: Math.max(0, problems.length - MAX_PROBLEMS),
  };
}

function maskQuotes(prose: string, spans: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    for (let i = 0; i < span.pieces.length; i++) {
      const from = i === 0 ? span.open : span.pieces[i][0] - 1;
      const to = i === span.pieces.length - 1 ? span.close : span.pieces[i][1];
      const last = i === span.pieces.length - 1;
      const piece = prose.slice(from, to);
      const masked = fillLines(piece, MASK);
      // A quote that ends with . ! or ? ends its sentence too: keep a full stop where its closing mark was.
      const endsSentence = last && /[.!?]$/.test(prose.slice(span.pieces[i][0], span.pieces[i][1]).trimEnd());
      parts.push(prose.slice(at, from), endsSentence ? `${masked.slice(0, -1)}.` : masked);
      at = to;
    }
  }
  parts.push(prose.slice(at));
  return flatJoin(parts);
}
