import { isCountryName } from "../countries/data.js";
import type { QuoteSpan } from "./extract.js";
import { NAMING_VERBS, NOT_NAMES, isFiniteSpeechVerb, isSpeechParticiple } from "./lexicon.js";
import { CUE_WINDOW, MASK, type Cue, type Quote } from "./model.js";
import { person, sentenceSubject, speakerAfter, subjectBefore, type Speaker } from "./names.js";
import { sentenceAt, sentenceStarts } from "./sentences.js";
import { indexAtOrBefore } from "../text/line-index.js";
import { wordTokens, type Token } from "./words.js";
import { nameRunHolding } from "./name-runs.js";

interface Found {
  speaker: Speaker;
  cue: Cue;
}

interface Mention {
  speaker: Speaker;
  at: number;
}

/** Head words of a description that stand for one known person ("the Nobel laureate"), not a new one. */
const EPITHETS = new Set(["laureate", "incumbent", "veteran", "premier", "president", "chancellor", "monarch", "pontiff", "billionaire", "tycoon", "novelist", "activist", "dissident", "opposition leader"]);

/** The text before the next masked quote. */
function untilMask(text: string): string {
  const mask = text.indexOf(MASK);
  return mask === -1 ? text : text.slice(0, mask);
}

/**
 * What attribution needs to know of the article around a quote, worked out only where and when
 * it is asked for: sentence starts per paragraph, sentence subjects (for pronouns), the names
 * used (for surnames). Most quotes need none of it, so most of the text is never analysed.
 */
export class ArticleContext {
  private readonly startsByParagraph = new Map<number, number[]>();
  private readonly subjects = new Map<number, Mention | null>();
  private readonly speakersByParagraph = new Map<number, Mention[]>();
  private readonly namesByWord = new Map<string, { name: string; at: number; last: boolean }[]>();
  private readonly genders = new Map<string, "m" | "f">();
  private readonly roles = new Map<string, string>();
  private readonly quoteOnly = new Map<number, boolean>();
  private readonly lowerCaseUse = new Map<string, boolean>();

  private readonly paragraphStarts: number[];

  constructor(
    private readonly frame: string,
    private readonly paragraphs: readonly { start: number; end: number }[],
  ) {
    this.paragraphStarts = paragraphs.map((paragraph) => paragraph.start);
  }

  private paragraphIndex(offset: number): number {
    return indexAtOrBefore(this.paragraphStarts, offset);
  }

  private startsOf(index: number): number[] {
    let starts = this.startsByParagraph.get(index);
    if (!starts) {
      const { start, end } = this.paragraphs[index];
      starts = sentenceStarts(this.frame, start, end);
      this.startsByParagraph.set(index, starts);
    }
    return starts;
  }

  sentenceStart(offset: number): number {
    return sentenceAt(this.startsOf(this.paragraphIndex(offset)), offset);
  }

  /** The start of the next sentence after `offset` in its paragraph, or the paragraph's end. */
  private sentenceEnd(offset: number): number {
    const index = this.paragraphIndex(offset);
    return this.startsOf(index).find((start) => start > offset) ?? this.paragraphs[index].end;
  }

  /** The subject of the sentence starting at `start` (cached): "Terrance Mannery was …". */
  private subjectAt(index: number, i: number): Mention | null {
    const starts = this.startsOf(index);
    const key = starts[i];
    if (!this.subjects.has(key)) {
      const end = i + 1 < starts.length ? starts[i + 1] : this.paragraphs[index].end;
      const sentence = this.frame.slice(key, end);
      const subject = sentenceSubject(sentence) ?? this.knownSurnameSubject(sentence);
      this.subjects.set(key, subject && !(subject.kind === "person" && isCountryName(subject.name)) ? { speaker: subject, at: key } : null);
    }
    return this.subjects.get(key) ?? null;
  }

  /** "Santos disputes that account.": one capitalised word opening a sentence is a subject when the article uses it as a surname. */
  private knownSurnameSubject(sentence: string): Speaker | null {
    const match = /^[\s"“”'‘’█]*(\p{Lu}[\p{L}’'-]+)[ \t]+\p{Ll}/u.exec(sentence);
    // A word the article also writes in lower case ("Security … security") is no surname.
    if (!match || NOT_NAMES.has(match[1].toLowerCase()) || this.writtenInLowerCase(match[1])) return null;
    if (!this.namesWith(match[1]).some((n) => n.last)) return null;
    return person(match[1]);
  }

  private writtenInLowerCase(word: string): boolean {
    let written = this.lowerCaseUse.get(word);
    if (written === undefined) {
      // The word, then a space before it: a search led by a space stops at every word of the text.
      const lower = word.toLowerCase();
      let at = this.frame.indexOf(lower, 1);
      while (at !== -1 && this.frame.charCodeAt(at - 1) !== 0x20) at = this.frame.indexOf(lower, at + 1);
      written = at !== -1;
      this.lowerCaseUse.set(word, written);
    }
    return written;
  }

  /** People and things mentioned before `at`, most recent first: sentence subjects and speakers. */
  private *mentionsBefore(at: number): Generator<Mention> {
    // Sentence by sentence backwards, each sentence's subject worked out only when reached.
    for (let index = this.paragraphIndex(at); index >= 0; index--) {
      const { start, end } = this.paragraphs[index];
      const speakers = (this.speakersByParagraph.get(index) ?? []).filter((m) => m.at >= start && m.at <= end && m.at < at).sort((a, b) => b.at - a.at);
      const starts = this.startsOf(index);
      let k = 0;
      for (let i = starts.length - 1; i >= 0; i--) {
        if (starts[i] >= at) continue;
        while (k < speakers.length && speakers[k].at >= starts[i]) yield speakers[k++];
        const subject = this.subjectAt(index, i);
        if (subject) yield subject;
      }
      while (k < speakers.length) yield speakers[k++];
    }
  }

  /**
   * The full names in which `word` stands ("May" → "Theresa May"), with where they stand: found
   * by looking at each place the word occurs, not by reading every name in the article.
   */
  private namesWith(word: string): { name: string; at: number; last: boolean }[] {
    let found = this.namesByWord.get(word);
    if (found) return found;
    found = [];
    for (let index = this.frame.indexOf(word); index !== -1; index = this.frame.indexOf(word, index + 1)) {
      const holding = nameRunHolding(this.frame, index, word.length);
      if (!holding) continue;
      const speaker = person(holding.run.replace(/['’]s$/, ""));
      const words = speaker?.name.split(/\s+/) ?? [];
      if (speaker && words.length > 1 && words.includes(word) && !isCountryName(speaker.name)) found.push({ name: speaker.name, at: holding.start, last: words.at(-1) === word });
    }
    this.namesByWord.set(word, found);
    return found;
  }

  private paragraphOf(offset: number) {
    return this.paragraphs[this.paragraphIndex(offset)] ?? { start: offset, end: offset };
  }

  mention(speaker: Speaker, at: number): void {
    if (speaker.role && !this.roles.has(speaker.name)) this.roles.set(speaker.name, speaker.role);
    const index = this.paragraphIndex(at);
    this.speakersByParagraph.set(index, [...(this.speakersByParagraph.get(index) ?? []).slice(-50), { speaker, at }]);
  }

  attribute(span: QuoteSpan, previous: { span: QuoteSpan; quote: Quote } | null): Found | null {
    const lastPiece = span.pieces[span.pieces.length - 1];
    const closeParagraph = this.paragraphOf(lastPiece[1]);
    const openParagraph = this.paragraphOf(span.open);
    const sentenceEnd = Math.min(this.sentenceEnd(span.close), closeParagraph.end);
    let after = untilMask(this.frame.slice(span.close, Math.min(sentenceEnd, span.close + CUE_WINDOW)));
    if (after.trim() === "" && sentenceEnd < closeParagraph.end) {
      // “…” Trump said. — a sentence that is nothing but a cue belongs to the quote before it.
      const next = untilMask(this.frame.slice(sentenceEnd, Math.min(closeParagraph.end, sentenceEnd + CUE_WINDOW)));
      const bare = /^[^.!?]*[.!?]/.exec(next)?.[0] ?? "";
      if (bare !== "" && bare.trim().split(/\s+/).length <= 6 && wordTokens(bare).some(({ word }) => isFiniteSpeechVerb(word) && /^\p{Ll}/u.test(word))) after = ` ${bare}`;
    }
    const sentenceStart = Math.max(this.sentenceStart(span.open), span.open - CUE_WINDOW);
    const before = this.frame.slice(sentenceStart, span.open);
    // `at`, not [ ]: reading past the last paragraph with [ ] throws optimised code away.
    const nextParagraph = this.paragraphs.at(this.paragraphs.indexOf(closeParagraph) + 1);
    const nextLine = after.trim() === "" && nextParagraph ? this.frame.slice(nextParagraph.start, Math.min(nextParagraph.end, nextParagraph.start + CUE_WINDOW)) : "";
    return (
      (/^[-–—]/.test(nextLine) ? this.trailing(nextLine) : null) ??
      this.trailing(after) ??
      this.leading(before) ??
      this.colonParagraph(span, openParagraph) ??
      this.continuation(span, previous, before)
    );
  }

  /** “…,” said NAME / “…,” NAME said / “…” – NAME / “…,” according to NAME. */
  private trailing(after: string): Found | null {
    const dash = /^[\s,.]*[-–—]+[ \t]*/.exec(after);
    if (dash) {
      const speaker = speakerAfter(after.slice(dash[0].length), { clean: true });
      return speaker ? { speaker, cue: "dash" } : null;
    }
    const according = /^[\s,]*according to[ \t]+/i.exec(after);
    if (according) {
      const speaker = speakerAfter(after.slice(according[0].length));
      return speaker ? { speaker, cue: "according-to" } : null;
    }
    const sentence = after;
    const inverted = /^[\s,]*(\p{Ll}+)[ \t]+/u.exec(sentence);
    if (inverted && isFiniteSpeechVerb(inverted[1])) {
      const speaker = speakerAfter(sentence.slice(inverted[0].length).replace(/^(?:to reporters|to the press)[ \t]*,?[ \t]*/, ""));
      if (speaker) return { speaker, cue: "said-name" };
    }
    for (const { word, index } of wordTokens(sentence, 9)) {
      if (!/^\p{Ll}/u.test(word) || !isFiniteSpeechVerb(word)) continue;
      const head = sentence.slice(0, index).replace(/^[\s,]+/, "");
      // The subject must stand right after the quote: "and that they will respond" is another clause.
      const rolePrefix = /^(?:\p{Ll}[\p{L}’'\-]*\s+){1,3}\p{Lu}/u.test(head) && !/^(?:and|but|or|as|while|when|then|so|because|that)\s/.test(head);
      if (head.trim() === "" || /[!?;]/.test(head) || !(rolePrefix || /^(?:\p{Lu}|(?:he|she|they|it|i|we|the|a|an|one|another|its|his|her|their)\b)/u.test(head)) || /\b(?:that|which|because|if|when|while)\b/.test(head)) break;
      const speaker = subjectBefore(head);
      if (speaker) return { speaker, cue: "name-said" };
      break;
    }
    return null;
  }

  /** NAME said: “…” / NAME told reporters that … “…” / …, adding “…” / according to NAME, “…”. */
  private leading(before: string): Found | null {
    // "As one economist put it, “…”"
    const putIt = /\b[Aa]s[ \t]+(.{1,100}?)[ \t]+(?:put|puts|phrased|phrases)[ \t]+it[ \t]*,?[ \t]*$/.exec(before);
    if (putIt) {
      const speaker = subjectBefore(putIt[1]);
      if (speaker) return { speaker, cue: "lead-in" };
    }
    const according = /according to[ \t]+(.*)$/i.exec(before);
    if (according) {
      const speaker = speakerAfter(according[1]);
      if (speaker) return { speaker, cue: "according-to" };
    }
    const words = wordTokens(before);
    for (let k = words.length - 1; k >= 0; k--) {
      const word = words[k].word;
      if (!/^\p{Ll}/u.test(word)) continue;
      const previousWord = words[k - 1]?.word.toLowerCase();
      // "the report", "a note", "his claims" are nouns, not speech.
      if (previousWord && /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)$/.test(previousWord)) continue;
      if (isSpeechParticiple(word)) {
        for (let j = k - 1; j >= 0; j--) {
          const earlier = words[j].word;
          if (/^\p{Ll}/u.test(earlier) && isFiniteSpeechVerb(earlier)) {
            const speaker = subjectBefore(before.slice(0, words[j].index));
            if (speaker) return { speaker, cue: "participle" };
          }
        }
        const subject = sentenceSubject(before);
        if (subject) return { speaker: subject, cue: "participle" };
        continue;
      }
      const naming = NAMING_VERBS.has(word);
      if (!naming && !isFiniteSpeechVerb(word)) continue;
      // "was described as", "is called": a passive names no speaker.
      if (previousWord && /^(?:was|were|is|are|be|been|being|widely|often|long|once)$/.test(previousWord)) continue;
      const subject = subjectBefore(before.slice(0, words[k].index));
      if (subject) {
        // "A joint statement said the two countries had agreed “…”": a speech verb inside what
        // an earlier one reports belongs to the report; the quote is the outer speaker's.
        const outer = this.outerSpeaker(before, words, k);
        return outer ?? { speaker: subject, cue: naming ? "naming" : "lead-in" };
      }
      const inverted = speakerAfter(before.slice(words[k].index + word.length).replace(/^[ \t]*/, ""));
      if (inverted && /^[\s\S]*[,:]\s*$/.test(before)) return { speaker: inverted, cue: "lead-in" };
    }
    return null;
  }

  /** An earlier finite speech verb of the same clause whose complement holds word k, with its subject. */
  private outerSpeaker(before: string, words: Token[], k: number): Found | null {
    for (let j = k - 1; j >= 0; j--) {
      const word = words[j].word;
      if (!/^\p{Ll}/u.test(word) || !isFiniteSpeechVerb(word)) continue;
      const between = before.slice(words[j].index + word.length, words[k].index);
      // A new clause (", and", ", but", ";") means the later verb has a subject of its own.
      if (/,\s*(?:and|but|while|as|whereas)\s|;/.test(between) || !/^\s+(?:that\s+)?(?:the|a|an|his|her|its|their|\p{Lu})/u.test(between)) return null;
      const speaker = subjectBefore(before.slice(0, words[j].index));
      return speaker && speaker.kind !== "pronoun" ? { speaker, cue: "lead-in" } : null;
    }
    return null;
  }

  /** A quote opening a paragraph after one that ends "NAME said:". */
  private colonParagraph(span: QuoteSpan, paragraph: { start: number; end: number }): Found | null {
    if (this.frame.slice(paragraph.start, span.open).trim() !== "") return null;
    const index = this.paragraphs.indexOf(paragraph);
    const previous = this.paragraphs[index - 1];
    if (!previous) return null;
    const text = this.frame.slice(previous.start, previous.end);
    if (!text.trimEnd().endsWith(":")) return null;
    const found = this.leading(this.frame.slice(this.sentenceStart(previous.end - 1), previous.end));
    return found ? { ...found, cue: "colon-paragraph" } : null;
  }

  /** No cue of its own: the same speaker as the quote before, in this paragraph or a quote-only one. */
  private continuation(span: QuoteSpan, previous: { span: QuoteSpan; quote: Quote } | null, before: string): Found | null {
    if (!previous || !previous.quote.speaker) return null;
    // A new sentence with a subject of its own ("The minister left. “…”") breaks the chain only if it names someone else.
    if (/\S/.test(before.replace(/[█\s,.;:—–-]/g, ""))) return null;
    const sameParagraph = previous.span.paragraph === span.paragraph;
    const namedJustBefore = () => {
      const surname = previous.quote.speaker!.split(/\s+/).at(-1) ?? "";
      const before_ = this.paragraphs[span.paragraph - 1];
      return before_ !== undefined && before_.end - before_.start < 20_000 && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(this.frame.slice(before_.start, before_.end));
    };
    // Worked out in this order only as far as needed: the last test builds a pattern.
    const adjacent = () => previous.span.paragraph >= span.paragraph - 1 || this.onlyQuotesBetween(previous.span.paragraph, span.paragraph) || namedJustBefore();
    if (sameParagraph || (this.isQuoteOnly(span.paragraph) && adjacent())) {
      return { speaker: { name: previous.quote.speaker, role: previous.quote.role, kind: "person", gender: null }, cue: "continuation" };
    }
    return null;
  }

  private onlyQuotesBetween(from: number, to: number): boolean {
    for (let p = from + 1; p < to; p++) if (!this.isQuoteOnly(p)) return false;
    return true;
  }

  /** A paragraph that holds nothing but quotes (cached: a long paragraph of many quotes is read once). */
  private isQuoteOnly(index: number): boolean {
    let only = this.quoteOnly.get(index);
    if (only === undefined) {
      const { start, end } = this.paragraphs[index];
      only = !/[^█\s,.;:!?—–-]/.test(this.frame.slice(start, end));
      this.quoteOnly.set(index, only);
    }
    return only;
  }

  /** A speaker given without a role gets the one the article gave them before. */
  withRole(speaker: Speaker): Speaker {
    return speaker.role || speaker.kind !== "person" ? speaker : { ...speaker, role: this.roles.get(speaker.name) ?? null };
  }

  /** Pronouns to the most recent compatible person; surnames to the fullest name used. */
  resolve(speaker: Speaker, at: number): Speaker {
    if (speaker.kind === "pronoun") {
      const pronoun = speaker.name;
      if (pronoun === "it") {
        for (const mention of this.mentionsBefore(at)) {
          if (mention.speaker.kind === "group" || mention.speaker.kind === "description") return this.resolve(mention.speaker, mention.at);
        }
        return speaker;
      }
      if (pronoun !== "he" && pronoun !== "she") return speaker;
      const wanted = pronoun === "he" ? "m" : "f";
      // People and descriptions of people ("the stranger", "one protester"), most recent first.
      return this.mostRecentCompatible(this.mentionsBefore(at), wanted) ?? speaker;
    }
    if (speaker.kind === "description") {
      const epithet = this.resolveEpithet(speaker, at);
      if (epithet) return epithet;
      if (/^(?:The|Its|His|Her|Their)\s/.test(speaker.name)) return { ...speaker, name: speaker.name[0].toLowerCase() + speaker.name.slice(1) };
    }
    return speaker.kind === "person" ? this.expand(speaker, at) : speaker;
  }

  /**
   * "Muhammad Yunus … the Nobel laureate told a crowd": a definite description whose head is a
   * word for a person's standing names the person last mentioned, when nothing else in between
   * could be it (the head word does not occur in between, and that person is in this paragraph
   * or the one before).
   */
  private resolveEpithet(speaker: Speaker, at: number): Speaker | null {
    const match = /^the\s+(?:[\p{L}’'-]+\s+){0,3}([\p{L}’'-]+)$/iu.exec(speaker.name);
    if (!match || !EPITHETS.has(match[1].toLowerCase())) return null;
    const paragraph = this.paragraphIndex(at);
    for (const mention of this.mentionsBefore(at)) {
      if (this.paragraphIndex(mention.at) < paragraph - 1) return null;
      if (mention.speaker.kind !== "person") continue;
      if (new RegExp(`\\b${match[1]}\\b`, "i").test(this.frame.slice(mention.at, at - 1).replace(speaker.name, ""))) return null;
      return this.expand(mention.speaker, mention.at);
    }
    return null;
  }

  private mostRecentCompatible(pool: Iterable<Mention>, wanted: "m" | "f"): Speaker | null {
      for (const mention of pool) {
        const candidate = mention.speaker;
        if (candidate.kind !== "person" && candidate.kind !== "description") continue;
        const full = candidate.kind === "person" ? this.expand(candidate, mention.at) : candidate;
        const gender = this.genders.get(full.name) ?? full.gender ?? candidate.gender ?? person(full.name)?.gender ?? null;
        if (gender && gender !== wanted) continue;
        this.genders.set(full.name, wanted);
        return { ...full, gender: wanted };
      }
      return null;
  }

  private expand(speaker: Speaker, at: number): Speaker {
    const words = speaker.name.split(/\s+/);
    const last = words[words.length - 1];
    // "Minister Lavrov" (role "Foreign Minister") is a surname after a title; cheapest test first.
    const titled = words.length === 2 && speaker.role !== null && speaker.name.startsWith(speaker.role.slice(speaker.role.lastIndexOf(" ") + 1)) && !NOT_NAMES.has(words[0].toLowerCase());
    if (words.length > 1 && !titled) return speaker;
    const names = this.namesWith(last).filter((n) => n.name !== speaker.name);
    const byLast = names.filter((n) => n.last);
    const candidates = byLast.length > 0 || words.length > 1 ? byLast : names;
    const fullest = (list: typeof names) => list.reduce<(typeof names)[number] | null>((acc, n) => (!acc || n.name.length > acc.name.length ? n : acc), null);
    // The fullest name used before; failing that, anywhere in the article.
    const best = fullest(candidates.filter((n) => n.at < at)) ?? fullest(candidates);
    if (!best) return speaker;
    const gender = this.genders.get(best.name) ?? person(best.name)?.gender ?? speaker.gender;
    return { ...speaker, name: best.name, gender, role: speaker.role };
  }
}
