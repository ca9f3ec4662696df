#!/usr/bin/env node
// npm run eval:quotes — detection precision/recall and speaker accuracy of the quote engine on
// the gold set (tests/fixtures/quotes), the seed article, and the public peer cases.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bodyOffsetOf, splitArticle } from "../dist/frontmatter/split.js";
import { analyzeQuotes } from "../dist/quotes/attribute.js";
import { scoreCase, totalScores } from "../dist/quotes/score.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");

function found(text) {
  return analyzeQuotes(text, bodyOffsetOf(splitArticle(text))).quotes.filter((quote) => quote.speech);
}

function evaluate(name, cases) {
  const scores = cases.map(({ id, text, quotes }) => {
    const score = scoreCase(quotes, found(text));
    if (verbose) {
      for (const miss of score.missed) console.log(`  ${id}: missed ${JSON.stringify(miss.text.slice(0, 60))} (${miss.speaker})`);
      for (const fp of score.falsePositives) console.log(`  ${id}: false positive ${JSON.stringify(fp.text.slice(0, 60))} (${fp.speaker})`);
      for (const { expected, found } of score.wrongSpeakers) console.log(`  ${id}: ${JSON.stringify(expected.text.slice(0, 40))} by ${found.speaker}, expected ${expected.speaker}`);
    }
    return score;
  });
  const t = totalScores(scores);
  const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(
    `${name.padEnd(22)} ${String(cases.length).padStart(5)} ${String(t.expected).padStart(8)} ${String(t.found).padStart(6)} ${pct(t.precision)} ${pct(t.recall)} ${pct(t.speakerAccuracy)} ${pct(t.pairF1)}`,
  );
  return t;
}

const goldDir = path.join(root, "tests/fixtures/quotes");
const gold = JSON.parse(readFileSync(path.join(goldDir, "gold.json"), "utf8")).map((entry) => ({
  id: path.basename(entry.file),
  text: readFileSync(path.join(goldDir, entry.file), "utf8"),
  quotes: entry.quotes,
}));
const peerFile = path.resolve(root, "../shared/peer-cases/quote-attribution.json");

console.log(`${"set".padEnd(22)} ${"texts".padStart(5)} ${"expected".padStart(8)} ${"found".padStart(6)} ${"prec.".padStart(7)} ${"recall".padStart(7)} ${"speaker".padStart(7)} ${"pair F1".padStart(7)}`);
const seed = evaluate("seed article", gold.filter((entry) => entry.id.startsWith("2018-03-28")));
const own = evaluate("gold set (with seed)", gold);
if (existsSync(peerFile)) evaluate("peer cases", JSON.parse(readFileSync(peerFile, "utf8")));
else console.log("peer cases: not found at ../shared/peer-cases (skipped)");

const seedExact = seed.pairs === 7 && seed.found === 7 && seed.expected === 7;
console.log(`\ntargets: seed exactly right ${seedExact ? "yes" : "NO"}; gold pair F1 ${(own.pairF1 * 100).toFixed(1)}% (target ≥ 95%) ${own.pairF1 >= 0.95 ? "met" : "NOT met"}`);
process.exitCode = seedExact && own.pairF1 >= 0.95 ? 0 : 1;
