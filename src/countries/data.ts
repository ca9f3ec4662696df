import { createRequire } from "node:module";

interface CountryData {
  isValid(code: string): boolean;
  getName(code: string, lang: string): string | undefined;
  getAlpha2Code(name: string, lang: string): string | undefined;
  alpha3ToAlpha2(code: string): string | undefined;
  getNames(lang: string, options: { select: "all" }): Record<string, string[]>;
  registerLocale(locale: unknown): void;
}

let data: CountryData | undefined;

/** The country dataset (i18n-iso-countries, English names), loaded on first use. */
export function countryData(): CountryData {
  if (!data) {
    const require = createRequire(import.meta.url);
    // The library without its Node entry, which parses every language's names (~20 ms per thread): English only.
    data = require("i18n-iso-countries/index") as CountryData;
    data.registerLocale(require("i18n-iso-countries/langs/en.json"));
  }
  return data;
}

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countryData().isValid(code);
}

export function countryName(code: string): string {
  return countryData().getName(code, "en") ?? code;
}

/** The alpha-2 code someone probably meant by a name, a lower-case or alpha-3 code. */
export function guessCountryCode(input: string): string | undefined {
  const countries = countryData();
  const trimmed = input.trim();
  if (/^[a-z]{2}$/i.test(trimmed) && countries.isValid(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (/^[a-z]{3}$/i.test(trimmed)) {
    const code = countries.alpha3ToAlpha2(trimmed.toUpperCase());
    if (code) return code;
  }
  return countries.getAlpha2Code(trimmed, "en") ?? countries.getAlpha2Code(trimmed.replace(/^the\s+/i, ""), "en");
}

/** Short forms the dataset lacks; plain "Congo" and "Korea" are left out as ambiguous. */
const EXTRA_NAMES: Record<string, string[]> = {
  GB: ["Britain", "U.K."],
  NL: ["Holland"],
  SY: ["Syria"],
  LA: ["Laos"],
  MD: ["Moldova"],
  VA: ["Vatican", "Vatican City"],
  FM: ["Micronesia"],
  BN: ["Brunei"],
  CD: ["DR Congo", "DRC", "Congo-Kinshasa"],
  CG: ["Congo-Brazzaville"],
  MK: ["Macedonia"],
  CV: ["Cabo Verde"],
  SZ: ["Swaziland"],
  MM: ["Burma"],
  TL: ["East Timor"],
  VN: ["Viet Nam"],
  KR: ["Korea, South"],
};
const AMBIGUOUS_NAMES = new Set(["Congo"]);

let nameIndex: Map<string, string> | undefined;

/** Every English name and short form of every country → its alpha-2 code. */
export function countryNames(): Map<string, string> {
  if (!nameIndex) {
    nameIndex = new Map();
    const all = countryData().getNames("en", { select: "all" });
    for (const [code, names] of Object.entries(all)) {
      for (const name of [...names, ...(EXTRA_NAMES[code] ?? [])]) {
        if (name.includes(",") || name.includes("(") || AMBIGUOUS_NAMES.has(name)) continue;
        const short = name.replace(/^The /, "");
        nameIndex.set(short, code);
        // "Côte d'Ivoire" is written with a typographic apostrophe as often as not.
        if (short.includes("'")) nameIndex.set(short.replaceAll("'", "\u2019"), code);
      }
    }
  }
  return nameIndex;
}

/** True when the words are a country's name ("Germany", "the Netherlands", "U.S."). */
export function isCountryName(name: string): boolean {
  return countryNames().has(name.replace(/^the\s+/i, ""));
}
