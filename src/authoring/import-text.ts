import { countryCodes } from "../countries/detect.js";
import { scanCountries } from "../countries/scan.js";
import { analyzeQuotes } from "../quotes/attribute.js";

/** Lines of the website's export that are not the article (the defaults; more come from the configuration). */
export const DEFAULT_BOILERPLATE = ["Powered by IR Society at NYU", "IR Insider is a production of NYU's International Relations Society"];

export interface ImportedText {
  title: string | null;
  summary: string | null;
  images: { caption: string; credit: string }[];
  quotes: { speaker: string; role: string | null; text: string }[];
  countries: string[];
  /** The article's paragraphs, word for word, separated by blank lines. */
  body: string;
}

const fold = (line: string) => line.replace(/\s+/g, " ").replace(/\s+,/g, ",").trim();

/**
 * A plain-text export turned into an article's parts. Boilerplate lines (a line that starts with
 * one of `boilerplate`) are dropped; the first headline-like line is the title; a caption line —
 * printed twice by the website, "NATO Secretary General Jens Stoltenberg, IBNA" — becomes one
 * image (credit: the text after the last comma); every other paragraph is kept word for word.
 */
export function importText(text: string, boilerplate: readonly string[] = DEFAULT_BOILERPLATE): ImportedText {
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/).map((line) => line.trimEnd());
  const isBoilerplate = (line: string) => boilerplate.some((entry) => fold(line).startsWith(fold(entry)));
  const kept = lines.filter((line) => line.trim() !== "" && !isBoilerplate(line));

  let title: string | null = null;
  const paragraphs: string[] = [];
  const images: ImportedText["images"] = [];
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i].trim();
    if (title === null && isHeadline(line)) {
      title = line;
      continue;
    }
    const next = kept[i + 1]?.trim();
    if (next !== undefined && fold(next) === fold(line) && isCaption(line)) {
      const caption = fold(line);
      const comma = caption.lastIndexOf(",");
      images.push({ caption: caption.slice(0, comma).trim(), credit: caption.slice(comma + 1).trim() });
      i++;
      continue;
    }
    paragraphs.push(line);
  }
  const body = paragraphs.join("\n\n");
  const bodyText = `${body}\n`;
  const quotes = analyzeQuotes(bodyText, 0)
    .quotes.filter((quote) => quote.speech && quote.speaker !== null)
    .map((quote) => ({ speaker: quote.speaker!, role: quote.role, text: quote.text }));
  // A misspelt name counts as the country meant, where it stands.
  const found = scanCountries(bodyText);
  const mentions = [...found.mentions, ...found.misspellings].sort((a, b) => a.offset - b.offset);
  return { title, summary: paragraphs[0] ? firstSentence(paragraphs[0]) : null, images, quotes, countries: countryCodes(mentions), body };
}

/** A line that reads like a headline: short, no closing full stop, most words capitalised. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  if (line.length > 150 || words.length < 2 || /[.!?:,]$/.test(line)) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalised / words.length >= 0.6;
}

/** "Caption, Credit": short, with a comma, no sentence end. */
function isCaption(line: string): boolean {
  return line.length <= 160 && line.includes(",") && !/[.!?:;”"]$/.test(line);
}

const SENTENCE_STARTERS = new Set("the a an this that these those it its he she they we in on at but and yet so however earlier later last next after before while since when as meanwhile".split(" "));

/**
 * The first sentence of a paragraph. A full stop after an abbreviation (Mr., Gen.) or an initial
 * does not end it; after a dotted acronym (U.K.) it does when a usual sentence opener follows.
 */
export function firstSentence(paragraph: string): string {
  for (const match of paragraph.matchAll(/[.!?]["”’]?(?=\s+(["“‘]?)(\p{Lu}[\p{L}’'-]*))/gu)) {
    if (match.index > 2000) break;
    const end = match.index + match[0].length;
    const before = /([\p{L}.]+)$/u.exec(paragraph.slice(Math.max(0, match.index - 12), match.index + 1))?.[1] ?? "";
    const next = match[2].toLowerCase();
    if (/^(?:\p{L}\.)+$/u.test(before) && !SENTENCE_STARTERS.has(next)) continue;
    if (/^(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|No|Brig|Adm|Maj)\.$/.test(before)) continue;
    return paragraph.slice(0, end);
  }
  return paragraph;
}
