import { describe, expect, it } from "vitest";
import { countryCodes, detectCountries } from "../../../src/countries/detect.js";
import { scanCountries } from "../../../src/countries/scan.js";

const codes = (text: string) => countryCodes(detectCountries(text));
const misspelt = (text: string) => scanCountries(text).misspellings.map((issue) => `${issue.word}>${issue.country}`);

describe("country detection", () => {
  it("knows names and short forms, case-sensitively", () => {
    expect(codes("The U.S., the U.K., Britain, the Netherlands, Czechia and the Czech Republic.")).toEqual(["US", "GB", "NL", "CZ"]);
    expect(codes("Turkey sent a turkey; he ate chili in Chile; let us meet the US team.")).toEqual(["TR", "CL", "US"]);
    expect(codes("Niger borders Nigeria.")).toEqual(["NE", "NG"]);
  });

  it("reads both apostrophes and the capitals' names of the two Congos", () => {
    const mentioned = (text: string) => detectCountries(text).map((mention) => mention.code);
    expect(mentioned("Côte d’Ivoire and Côte d'Ivoire")).toEqual(["CI", "CI"]);
    expect(mentioned("Congo-Brazzaville and Congo-Kinshasa")).toEqual(["CG", "CD"]);
    expect(mentioned("the Congo River")).toEqual([]);
  });

  it("finds a name as a word of its own, whatever follows it, and never inside a longer word", () => {
    const mentioned = (text: string) => detectCountries(text).map((mention) => `${mention.name}@${mention.offset}`);
    expect(mentioned("A claim of Russia’s. Mali's. Italy.Rome, the U.S.’s allies")).toEqual(["Russia@11", "Mali@21", "Italy@29", "U.S.@45"]);
    expect(mentioned("Chadwick, Niger’s, Nigeria’s, O’Chad, Pakistani, 3Mali, Malians")).toEqual(["Niger@10", "Nigeria@19"]);
    expect(mentioned("Guinea-Bissau, Guinea, the United Kingdom’s, United")).toEqual(["Guinea-Bissau@0", "Guinea@15", "United Kingdom@27"]);
  });

  it("does not count demonyms, the US state of Georgia or people's names", () => {
    expect(codes("Russian diplomats left.")).toEqual([]);
    expect(codes("He flew to Atlanta, Georgia. The state of Georgia voted.")).toEqual([]);
    expect(codes("Georgia and Armenia met.")).toEqual(["GE", "AM"]);
    expect(codes("Michael Jordan visited Jordan.")).toEqual(["JO"]);
  });
});

describe("country spelling", () => {
  it("finds the seed's two misspellings in a list of countries", () => {
    expect(misspelt("Denmark, Italy and the Netherland expelled two. Estonia, Latvia, Croatia, Finland, Hungry, Sweden and Romania expelled one each.")).toEqual([
      "Netherland>Netherlands",
      "Hungry>Hungary",
    ]);
    expect(misspelt("The talks moved from Germny to Brussels.")).toEqual(["Germny>Germany"]);
  });

  it("leaves ordinary words, demonyms and real countries alone", () => {
    expect(misspelt("Hungry delegates queued. He ate chili in Chile and turkey in Turkey.")).toEqual([]);
    expect(misspelt("The Russian mission in Russia; Niger and Nigeria; Georgia and Armenia.")).toEqual([]);
    expect(misspelt("They met in Bali and in Mali.")).toEqual([]);
  });

  it("does not take a word of a country's name for a misspelling of another", () => {
    // "Guiana" alone is one letter from Guyana, and Bahrain follows in the list.
    expect(misspelt("Guinea, French Guiana and Bahrain signed.")).toEqual([]);
    expect(misspelt("Guinea, French Guiana and Bahrain, Hungry signed.")).toEqual(["Hungry>Hungary"]);
  });

  it("reads a place cue as a word of its own, however far before", () => {
    // Blanked markup can leave a long run of spaces: the "in" of "Berlin" is no cue.
    expect(misspelt(`They met in Berlin${" ".repeat(38)}Hungry delegates.`)).toEqual([]);
    expect(misspelt(`They met in${" ".repeat(38)}Hungry.`)).toEqual(["Hungry>Hungary"]);
  });

  it("finds the names in the same scan as detectCountries does", () => {
    const texts = ["Jordan and Michael Jordan flew from Chad to the U.S. via Guinea-Bissau.", "xFrance, O’Chad and d’Italie; the Netherlands, Niger’s, Nigeria.", "In Hungry, Finlad and the UK."];
    for (const text of texts) expect(scanCountries(text).mentions).toEqual(detectCountries(text));
  });
});
