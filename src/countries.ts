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
    data = require("i18n-iso-countries") as CountryData;
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

/** True when the words are a country's name ("Germany", "the Netherlands", "U.S."). */
export function isCountryName(name: string): boolean {
  return countryData().getAlpha2Code(name.replace(/^the\s+/i, ""), "en") !== undefined;
}
