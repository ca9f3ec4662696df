import { NATIONALITIES } from "../quotes/lexicon.js";
import { detach } from "../text/detach.js";
import { countryNames } from "./data.js";

export interface CountryMisspelling {
  offset: number;
  word: string;
  /** The country meant, by name and code. */
  country: string;
  code: string;
}

/** Optimal string alignment distance, stopping early past 1: is `a` one edit (or swap) from `b`? */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
}

/** Between two names of a list: a comma (and "and" or "or"), or "and" or "or"; then perhaps "the". */
const SEPARATOR = String.raw`(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?`;
/** Words after which a place is named ("in", "from" …), then perhaps "the". */
const PLACE_CUE = String.raw`\b(?:in|from|to|into|across|visited|visiting|invaded|toward|towards)[ \t]+(?:the[ \t]+)?`;
const AFTER_PLACE_CUE = new RegExp(`(?<=${PLACE_CUE})`, "y");
const PREVIOUS_COUNTRY = new RegExp(String.raw`(\p{Lu}[\p{L}.]*)${SEPARATOR}$`, "u");
const NEXT_COUNTRY = new RegExp(String.raw`^${SEPARATOR}(\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*)?)`, "u");

let byInitial: Map<string, string[]> | undefined;

/** Single-word country names of five letters or more, by first letter. */
function namesByInitial(): Map<string, string[]> {
  if (!byInitial) {
    byInitial = new Map();
    for (const name of countryNames().keys()) {
      if (!/^\p{Lu}\p{Ll}{4,}$/u.test(name)) continue;
      byInitial.set(name[0], [...(byInitial.get(name[0]) ?? []), name]);
    }
  }
  return byInitial;
}

/** Word → the country it is one edit from (or null): words repeat, so each is looked up once. */
const nearest = new Map<string, string | null>();

function nearestCountry(word: string): string | null {
  let country = nearest.get(word);
  if (country === undefined) {
    country =
      countryNames().has(word) || NATIONALITIES.has(word.toLowerCase())
        ? null
        : (namesByInitial().get(word[0])?.find((name) => Math.abs(name.length - word.length) <= 1 && oneEditApart(word, name)) ?? null);
    // The cache outlives the article: its keys must not be slices of the article's text.
    if (nearest.size < 100_000) nearest.set(detach(word), country);
  }
  return country;
}

/**
 * The words misspellingAt looks at: capitalised, ASCII (the names of five letters or more that
 * could be misspelt are), four letters or more, and where a misspelling is looked for: after a
 * place cue or a list's separator, or before a separator: 4 words an article instead of every
 * capitalised one, 90 (~2 µs less an article).
 */
export const CAPITALISED_WORD = String.raw`\b[A-Z](?:(?<=(?:${PLACE_CUE}|${SEPARATOR})[A-Z])[a-z]{3,}\b|[a-z]{3,}\b(?=,|[ \t]+(?:and|or)[ \t]))`;

/**
 * Whether the capitalised word at `start` (a match of CAPITALISED_WORD) is a country's name
 * misspelt, where a country is expected: one edit away from the name, in a list beside a real
 * country ("Finland, Hungry, Sweden") or after "in", "from", "to" … Names of five letters or more
 * only, same first letter, and never a demonym ("Russian") or a real country name.
 */
export function misspellingAt(prose: string, word: string, start: number): CountryMisspelling | null {
  const previous = prose.charCodeAt(start - 1);
  const following = prose.charCodeAt(start + word.length);
  // Whole words only: \b is ASCII, so "Gdańsk" must not give "sk…"; "Hungry’s" is still "Hungry".
  if (previous > 127 || (following > 127 && following !== 0x2019)) return null;
  const country = nearestCountry(word);
  if (!country) return null;
  const end = start + word.length;
  const previousCountry = PREVIOUS_COUNTRY.exec(prose.slice(Math.max(0, start - 40), start));
  const nextCountry = NEXT_COUNTRY.exec(prose.slice(end, end + 40));
  const inList =
    (previousCountry !== null && isCountryWord(previousCountry[1])) ||
    (nextCountry !== null && (isCountryWord(nextCountry[1]) || isCountryWord(nextCountry[1].split(/\s+/)[0])));
  AFTER_PLACE_CUE.lastIndex = start;
  return inList || AFTER_PLACE_CUE.test(prose) ? { offset: start, word, country, code: countryNames().get(country)! } : null;
}

function isCountryWord(word: string): boolean {
  return countryNames().has(word) || countryNames().has(word.replace(/\.$/, ""));
}
