import { NATIONALITIES } from "../quotes/lexicon.js";
import { countryNames } from "./data.js";

export interface CountryMisspelling {
  offset: number;
  word: string;
  country: string;
}

/** Optimal string alignment distance, stopping early past 1: is `a` one edit (or swap) from `b`? */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
}

const LIST_SEPARATOR = /^(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?$/;
const PLACE_CUE = /\b(?:in|from|to|into|across|visited|visiting|invaded|toward|towards)[ \t]+(?:the[ \t]+)?$/;

/**
 * Capitalised words one edit away from a country's name, where a country is expected: in a list
 * beside a real country ("Finland, Hungry, Sweden"), or after "in", "from", "to" … Names of five
 * letters or more only, same first letter, and never a demonym ("Russian") or a real country name.
 */
export function findCountryMisspellings(prose: string): CountryMisspelling[] {
  const names = [...countryNames().keys()].filter((name) => /^\p{Lu}\p{Ll}{4,}$/u.test(name));
  const countries = countryNames();
  const issues: CountryMisspelling[] = [];
  const words = [...prose.matchAll(/(?<![\p{L}’'-])\p{Lu}\p{Ll}{3,}(?![\p{L}’'-])/gu)];
  for (let k = 0; k < words.length; k++) {
    const word = words[k][0];
    if (countries.has(word) || NATIONALITIES.has(word.toLowerCase())) continue;
    const country = names.find((name) => name[0] === word[0] && oneEditApart(word, name));
    if (!country) continue;
    const start = words[k].index;
    const end = start + word.length;
    const before = prose.slice(Math.max(0, start - 40), start);
    const after = prose.slice(end, end + 40);
    const previousCountry = /(\p{Lu}[\p{L}.]*)((?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?)$/u.exec(before);
    const nextCountry = /^((?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?)(\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*)?)/u.exec(after);
    const inList =
      (previousCountry !== null && LIST_SEPARATOR.test(previousCountry[2]) && isCountryWord(previousCountry[1])) ||
      (nextCountry !== null && LIST_SEPARATOR.test(nextCountry[1]) && (isCountryWord(nextCountry[2]) || isCountryWord(nextCountry[2].split(/\s+/)[0])));
    if (inList || PLACE_CUE.test(before)) issues.push({ offset: start, word, country });
  }
  return issues;
}

function isCountryWord(word: string): boolean {
  return countryNames().has(word) || countryNames().has(word.replace(/\.$/, ""));
}
