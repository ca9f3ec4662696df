import { countryNames } from "./data.js";

export interface CountryMention {
  code: string;
  /** The name as written. */
  name: string;
  offset: number;
}

let byFirstWord: Map<string, string[]> | undefined;

/** Country names by their first word, longest first ("United Kingdom" before "United"). */
function namesByFirstWord(): Map<string, string[]> {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const name of countryNames().keys()) {
      if (name.length <= 2 && !/^[A-Z]{2}$/.test(name)) continue;
      const first = name.split(/[\s-]/)[0];
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name].sort((a, b) => b.length - a.length));
    }
  }
  return byFirstWord;
}

// Country names start with an ASCII capital (Åland aside): a non-unicode pattern scans fast.
const CAPITALISED = /[A-Z][A-Za-z.'\u2019\u00C0-\u024F]*/g;
/** A letter or digit (any letter beyond ASCII counts): a name must not be part of a longer word. */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0x2019 && code !== 0x201c && code !== 0x201d && code !== 0x2014 && code !== 0x2013);
}

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/** "Russia’s" → "Russia", "Mauritius'" → "Mauritius" (by character codes: this runs for every capitalised word). */
function withoutPossessive(word: string): string {
  const last = word.length - 1;
  if (isApostrophe(word.charCodeAt(last))) return word.slice(0, last);
  return word.charCodeAt(last) === 0x73 && last > 0 && isApostrophe(word.charCodeAt(last - 1)) ? word.slice(0, last - 1) : word;
}

/** Names that are also people's names or US states: not a country next to another capitalised name. */
const PERSON_OR_STATE = new Set(["Jordan", "Chad", "Georgia", "Israel", "Kenya", "India", "Chile"]);
const LEAD_WORDS = new Set(["in", "from", "to", "with", "and", "or", "the", "of", "for", "by", "at", "on", "like", "both", "neither", "visiting", "but", "while", "as", "when", "after", "before", "since", "neighbouring", "neighboring"]);

/**
 * The countries a text names, by their English names and common short forms ("U.S.", "U.K.",
 * "the Netherlands", "Czechia"). Demonyms are not mentions: "Russian diplomats" alone is not
 * Russia. "Georgia" after "Atlanta," or "the state of", and "Jordan" or "Chad" beside another
 * capitalised name (Michael Jordan, Chad Smith), are not countries.
 */
export function detectCountries(text: string): CountryMention[] {
  const names = countryNames();
  const mentions: CountryMention[] = [];
  const index = namesByFirstWord();
  CAPITALISED.lastIndex = 0;
  // Case-sensitive: "Turkey" is a country, "turkey" a bird; "US" a country, "us" a pronoun.
  // Each capitalised word is looked up by itself; only a known first word costs a comparison.
  for (let match = CAPITALISED.exec(text); match; match = CAPITALISED.exec(text)) {
    if (match.index > 0 && isWordChar(text, match.index - 1)) continue;
    const word = withoutPossessive(match[0]);
    const candidates = index.get(word) ?? (word.endsWith(".") ? index.get(word.slice(0, -1)) : undefined);
    if (!candidates) continue;
    const name = candidates.find((n) => text.startsWith(n, match!.index) && !isWordChar(text, match!.index + n.length));
    if (!name) continue;
    const code = names.get(name)!;
    CAPITALISED.lastIndex = match.index + name.length;
    if (PERSON_OR_STATE.has(name)) {
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      const after = text.slice(match.index + name.length, match.index + name.length + 24);
      const previous = /(\p{Lu}[\p{L}’'-]*)[ \t]+$/u.exec(before)?.[1];
      if (/(?:Atlanta,|[Ss]tate of)\s*$/.test(before)) continue;
      if (previous && !LEAD_WORDS.has(previous.toLowerCase())) continue;
      if (/^[ \t]+\p{Lu}\p{Ll}+/u.test(after)) continue;
    }
    mentions.push({ code, name, offset: match.index });
  }
  return mentions;
}

/** Distinct country codes, in order of first mention. */
export function countryCodes(mentions: readonly CountryMention[]): string[] {
  return [...new Set(mentions.map((mention) => mention.code))];
}
