import { checkArticle } from "../dist/check/check-article.js";
import { articleStats } from "../dist/stats/article-stats.js";
import { readArticle } from "../dist/article.js";
const head = "---\ntitle: T\ndate: 2020-01-01\nauthors: [A]\nsection: Europe\nsummary: s\n---\n";
const cases = {
  curly1M: "“".repeat(1_000_000),
  straight1M: '"'.repeat(1_000_000),
  aQuote300k: 'a"'.repeat(300_000),
  line200k: "word ".repeat(40_000),
  bangs: "!".repeat(200_000) + " A",
  dots: ". ".repeat(100_000),
  backticks: "`".repeat(200_000),
  comments: "<!-- ".repeat(50_000),
  fences: "```\n".repeat(50_000),
  mr: "Mr. ".repeat(50_000),
  caps: "Abc ".repeat(100_000) + "said “hello there friend”",
  manyQuotes: "“a b c d,” he said. ".repeat(20_000),
  apostrophes: "’a ".repeat(100_000),
  names: "“We will go,” said Ann Lee. ".repeat(10_000),
  links: "[a](b".repeat(50_000),
  tags: "<a ".repeat(50_000),
};
for (const [name, body] of Object.entries(cases)) {
  const text = head + body;
  let s = performance.now(); const r = checkArticle({ file: "a/2020-01-01-x.md", text }, { sections: ["Europe"], hasFileName: true }); const t1 = performance.now() - s;
  s = performance.now(); articleStats(readArticle({ file: "x", text })); const t2 = performance.now() - s;
  console.log(name.padEnd(12), String(body.length).padStart(8), "check", t1.toFixed(0).padStart(6), "ms  stats", t2.toFixed(0).padStart(6), "ms  findings", r.findings.length);
}
