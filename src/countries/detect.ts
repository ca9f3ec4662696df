import { countryNames } from "./data.js";

export interface CountryMention {
  code: string;
  /** The name as written. */
  name: string;
  offset: number;
}

let pattern: RegExp | undefined;

function mentionPattern(): RegExp {
  if (!pattern) {
    const names = [...countryNames().keys()].filter((name) => name.length > 2 || /^[A-Z]{2,3}$/.test(name));
    names.sort((a, b) => b.length - a.length);
    const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    // Case-sensitive: "Turkey" is a country, "turkey" a bird; "US" a country, "us" a pronoun.
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  }
  pattern.lastIndex = 0;
  return pattern;
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
  for (const match of text.matchAll(mentionPattern())) {
    const name = match[0];
    const code = names.get(name);
    if (!code) continue;
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
