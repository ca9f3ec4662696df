import { countryNameAlternation, mentionAt, startsWord, type CountryMention } from "./detect.js";
import { CAPITALISED_WORD, misspellingAt, type CountryMisspelling } from "./spelling.js";

export interface CountriesFound {
  /** As detectCountries finds them. */
  mentions: CountryMention[];
  /** Country names misspelt where a country is expected (see misspellingAt). */
  misspellings: CountryMisspelling[];
}

let pattern: RegExp | undefined;

/**
 * Country names and misspelt ones in one scan of the text: a name where one is written, else a
 * capitalised word where a misspelt name would be reported, to look up (two scans took 28 µs an
 * article, this one 16–18). The words of a name found are not looked up again: a real name is not
 * a misspelling.
 */
export function scanCountries(text: string): CountriesFound {
  pattern ??= new RegExp(`(${countryNameAlternation()})|${CAPITALISED_WORD}`, "g");
  const found: CountriesFound = { mentions: [], misspellings: [] };
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[1] === undefined) {
      const misspelling = misspellingAt(text, match[0], match.index);
      if (misspelling) found.misspellings.push(misspelling);
    } else if (!startsWord(text, match.index)) {
      // Inside a longer word: a name may still start further on.
      pattern.lastIndex = match.index + 1;
    } else {
      const mention = mentionAt(text, match[1], match.index);
      if (mention) found.mentions.push(mention);
    }
  }
  return found;
}
