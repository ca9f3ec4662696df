// A deterministic (seeded) generator of synthetic article stores shaped like real news, for the
// benchmark: 600–1,200 words, 8–12 front-matter fields, 3–10 quotes in the styles the quote
// engine handles (multi-paragraph and pronoun attributions included), apostrophes as real prose
// has them, ~1% broken front matter.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = { m: ["James", "Omar", "Daniel", "Raj", "Lars", "Paul", "Carlos", "Kenji", "Ivan", "Ahmed"], f: ["Maria", "Priya", "Helen", "Anna", "Fatima", "Yuki", "Sophie", "Elena", "Amira", "Grace"] };
const LAST = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Tanaka", "Kowalski", "Mendes", "Petrov", "Osei", "Brennan", "Castillo", "Nakamura", "Fischer", "Rahman", "Novak"];
const ROLES = ["the foreign minister", "a senior negotiator", "the defence secretary", "an economist at the central bank", "the opposition leader", "a spokesperson for the ministry", "the ambassador to the UN"];
const TITLES = ["Foreign Minister", "Defence Secretary", "Prime Minister", "Ambassador", "Senator"];
const SECTIONS = ["Africa", "Americas", "Asia", "Europe", "Middle East", "Global", "Security", "Economy"];
const COUNTRIES = [["Germany", "DE"], ["France", "FR"], ["Kenya", "KE"], ["Brazil", "BR"], ["Japan", "JP"], ["India", "IN"], ["Egypt", "EG"], ["Mexico", "MX"], ["Poland", "PL"], ["Canada", "CA"]];
const WORDS = "talks government minister agreement sanctions border election economy trade security council parliament reform crisis summit treaty policy region officials protest vote budget energy climate refugees ceasefire delegation coalition inflation".split(" ");
const VERBS = "said added noted warned argued insisted explained stressed".split(" ");

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function sentence(rand, country) {
  const n = 8 + Math.floor(rand() * 14);
  const words = Array.from({ length: n }, () => pick(rand, WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  if (rand() < 0.3) words.splice(3, 0, "in", country);
  // Real prose is full of apostrophes (the seed article: one word in seventy), each a mark the
  // quote engine's scan meets: possessives ("the government’s", "Kenya’s") and contractions.
  const roll = rand();
  if (roll < 0.2) words[1 + Math.floor(rand() * (words.length - 2))] += "’s";
  else if (roll < 0.25) words.splice(1, 0, pick(rand, ["don’t", "won’t", "it’s", "can’t"]));
  return `${words.join(" ")}.`;
}

function quoteText(rand, country) {
  const parts = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => sentence(rand, country));
  return parts.join(" ").replace(/\.$/, "");
}

/** One article's text. `broken` gives it one of the usual front-matter mistakes. */
export function generateArticle(rand, index, broken) {
  const [countryName, countryCode] = pick(rand, COUNTRIES);
  const year = 2015 + Math.floor(rand() * 10);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const slug = `article-${index}`;
  const speakers = Array.from({ length: 3 }, () => {
    const gender = rand() < 0.5 ? "m" : "f";
    return { gender, name: `${pick(rand, FIRST[gender])} ${pick(rand, LAST)}`, role: pick(rand, ROLES), title: pick(rand, TITLES) };
  });
  const fields = [
    `title: "${broken === "title" ? 'The "Broken" Title' : `Talks on ${countryName} ${index}`}"`,
    `date: ${broken === "date" ? `${year}-02-30` : date}`,
    `authors: [${pick(rand, FIRST.f)} ${pick(rand, LAST)}]`,
    `section: ${pick(rand, SECTIONS)}`,
    `summary: ${sentence(rand, countryName)}`,
    `status: ${pick(rand, ["draft", "review", "published", "published"])}`,
    `tags: [${pick(rand, WORDS)}, ${pick(rand, WORDS)}]`,
    `countries: [${countryCode}]`,
  ];
  const extra = Math.floor(rand() * 5);
  if (extra > 0) fields.push(`images:\n  - caption: ${speakers[0].name} in ${countryName}\n    credit: Reuters`);
  if (extra > 1) fields.push(`slug: ${slug}`);
  if (extra > 2) fields.push(`quotes:\n  - speaker: ${speakers[0].name}\n    text: PLACEHOLDER`);
  if (extra > 3) fields.push("subtitle: an unknown key");
  if (broken === "missing") fields.shift();

  const paragraphs = [];
  let words = 0;
  const target = 600 + Math.floor(rand() * 600);
  const quotes = 3 + Math.floor(rand() * 8);
  let declared = null;
  for (let q = 0; words < target || q < quotes; q++) {
    const filler = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(rand, countryName)).join(" ");
    if (q >= quotes) {
      paragraphs.push(filler);
      words += filler.split(" ").length;
      continue;
    }
    const s = speakers[q % speakers.length];
    const text = quoteText(rand, countryName);
    const surname = s.name.split(" ")[1];
    const pronoun = s.gender === "m" ? "he" : "she";
    let paragraph;
    switch (Math.floor(rand() * 6)) {
      case 0:
        paragraph = `${filler} “${text},” said ${s.name}, ${s.role}.`;
        break;
      case 1:
        paragraph = `${s.name} ${pick(rand, VERBS)}: “${text}.” ${filler}`;
        break;
      case 2:
        paragraph = `${s.title}, ${s.name}, told reporters that the ${pick(rand, WORDS)} was “${text}.”`;
        break;
      case 3:
        paragraph = `${s.name} spoke on ${pick(rand, ["Monday", "Tuesday", "Friday"])}. ${filler} “${text},” ${pronoun} ${pick(rand, VERBS)}.`;
        break;
      case 4:
        paragraph = `“${text}.\n\n“${quoteText(rand, countryName)},” ${surname} ${pick(rand, VERBS)}.`;
        break;
      default:
        paragraph = `“${text},” ${s.name} ${pick(rand, VERBS)}. “${quoteText(rand, countryName)}.”`;
    }
    if (declared === null) declared = text;
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  const front = fields.join("\n").replace("PLACEHOLDER", declared ?? "x");
  return { name: `${date}-${slug}.md`, text: `---\n${front}\n---\n\n${paragraphs.join("\n\n")}\n` };
}

/** Writes `count` articles into `dir/articles` (in sub-folders of 1,000); returns the store path. */
export function generateStore(dir, count, seed = 1) {
  const rand = random(seed);
  const store = path.join(dir, "articles");
  for (let i = 0; i < count; i++) {
    const roll = rand();
    const broken = roll < 0.004 ? "title" : roll < 0.007 ? "date" : roll < 0.01 ? "missing" : null;
    const folder = path.join(store, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const article = generateArticle(rand, i, broken);
    writeFileSync(path.join(folder, article.name), article.text);
  }
  return store;
}
