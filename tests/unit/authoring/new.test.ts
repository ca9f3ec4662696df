import { describe, expect, it } from "vitest";
import { formatArticle, NEW_ARTICLE_BODY } from "../../../src/authoring/article-text.js";
import { slugFromTitle } from "../../../src/authoring/slug.js";
import { validateTitle } from "../../../src/authoring/validators.js";
import { collectArticle } from "../../../src/cli/commands/new.js";
import { checkArticle } from "../../../src/check/check-article.js";
import { DEFAULT_SECTIONS } from "../../../src/config.js";
import { IrinsiderError } from "../../../src/errors.js";
import { fakePrompter } from "../../helpers/fake-prompter.js";

describe("slugs", () => {
  it("folds to ASCII, drops apostrophes and cuts at a word boundary", () => {
    expect(slugFromTitle("Côte d’Ivoire’s Élection")).toBe("cote-divoires-election");
    expect(slugFromTitle("NATO Expels Russian Diplomats Following Spy Poisoning")).toBe("nato-expels-russian-diplomats-following-spy-poisoning");
    const long = slugFromTitle("The Long and Winding Road to a Ceasefire Agreement Between the Warring Parties in Sudan");
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe("the-long-and-winding-road-to-a-ceasefire-agreement-between");
  });
});

describe("prompt validators", () => {
  it("use the rule and the message of validate", () => {
    expect(validateTitle("A title")).toBe(true);
    expect(validateTitle("")).toBe('Required field "title" is empty.');
    expect(validateTitle("x".repeat(151))).toBe('"title" is 151 characters long; the limit is 150.');
  });
});

describe("the prompt flow of irinsider new", () => {
  const sections = DEFAULT_SECTIONS;

  it("asks for each missing value in order and builds the article", async () => {
    const prompter = fakePrompter({
      title: "Sanctions and Their Limits",
      authors: "Ann Lee, Bo Kim",
      section: "Europe",
      tags: "sanctions, economy",
      countries: ["DE", "FR", ""],
      summary: "EU sanctions have not stopped the war.",
      status: "review",
    });
    const article = await collectArticle({ date: "2024-01-05" }, sections, prompter, "Git User");
    expect(prompter.asked).toEqual(["title", "authors", "section", "tags", "countries", "countries", "countries", "summary", "status"]);
    expect(article).toMatchObject({ title: "Sanctions and Their Limits", authors: ["Ann Lee", "Bo Kim"], section: "Europe", tags: ["sanctions", "economy"], countries: ["DE", "FR"], status: "review", date: "2024-01-05" });
  });

  it("asks nothing that a flag gave, and nothing optional with --yes", async () => {
    const prompter = fakePrompter({ summary: "A summary." });
    const article = await collectArticle({ title: "T", section: "Asia", yes: true }, sections, prompter, "Git User");
    expect(prompter.asked).toEqual(["summary"]);
    expect(article).toMatchObject({ authors: ["Git User"], status: "draft", tags: [], countries: [] });
  });

  it("without a terminal, names every missing flag", async () => {
    const error = await collectArticle({ title: "T" }, sections, null, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IrinsiderError);
    expect((error as IrinsiderError).message).toBe("Missing --author, --section, --summary: standard input is not a terminal, so irinsider cannot ask.");
    expect((error as IrinsiderError).exitCode).toBe(2);
  });

  it("rejects a bad flag with the rule's message", async () => {
    await expect(collectArticle({ title: "T", section: "Eurpoe", summary: "s", yes: true }, sections, null, "A")).rejects.toThrow('--section: "Eurpoe" is not a section. Did you mean "Europe"?');
    await expect(collectArticle({ title: "T", section: "Asia", summary: "s", country: ["Narnia"], yes: true }, sections, null, "A")).rejects.toThrow('--country: "Narnia" is not a country');
    await expect(collectArticle({ title: "T", section: "Asia", summary: "s", date: "2018-02-30", yes: true }, sections, null, "A")).rejects.toThrow("--date");
  });

  it("writes an article that validate passes as it is", async () => {
    const article = await collectArticle({ title: "A “Quoted” Title: Yes", section: "Asia", summary: "s", country: ["japan"], yes: true, date: "2024-01-05" }, sections, null, "A");
    const text = formatArticle(article);
    expect(text).toContain(NEW_ARTICLE_BODY.trim());
    expect(checkArticle({ file: "articles/2024-01-05-a-quoted-title-yes.md", text }, { sections, hasFileName: true }).findings).toEqual([]);
  });

  it("leaves unknown values as placeholders that validate reports", () => {
    const text = formatArticle({ title: "T", date: null, authors: [], section: null, summary: null, status: "draft", tags: [], countries: [], images: [], quotes: [], body: "Body." });
    expect(text).toContain('authors: [] # TODO: who wrote it (or --author)');
    const rules = checkArticle({ file: "<stdin>", text }, { sections, hasFileName: false }).findings.map((f) => f.ruleId);
    expect(rules).toEqual(["frontmatter/required", "frontmatter/required", "frontmatter/required", "frontmatter/required"]);
  });
});
