#!/usr/bin/env node
// npm run dump:quotes — everything the quote engine and the body rules report, one JSON line per
// text, for a refactor that must not change behaviour: dump before, change, dump after, compare
// (`cmp before.jsonl after.jsonl`). Texts: every fixture, the peer cases (when ../shared is
// there), and a generated store (seeded; `--articles N`, default 3,000).
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateStore } from "../bench/generate.mjs";
import { checkArticle, readCheckedBody } from "../dist/check/check-article.js";
import { DEFAULT_SECTIONS } from "../dist/config.js";
import { bodyOffsetOf, splitArticle } from "../dist/frontmatter/split.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const count = Number(process.argv[process.argv.indexOf("--articles") + 1]) || 3000;

/** Markdown and text files under a folder; links are not followed (the fixtures hold loops). */
function textFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (lstatSync(file).isSymbolicLink()) return [];
      if (entry.isDirectory()) return textFiles(file);
      return /\.(md|txt)$/.test(entry.name) ? [file] : [];
    });
}

const texts = textFiles(path.join(root, "tests/fixtures")).map((file) => ({ file: path.relative(root, file), text: readFileSync(file, "utf8") }));
const peerFile = path.resolve(root, "../shared/peer-cases/quote-attribution.json");
if (existsSync(peerFile)) for (const peer of JSON.parse(readFileSync(peerFile, "utf8"))) texts.push({ file: `peer:${peer.id}`, text: peer.text });
const store = mkdtempSync(path.join(tmpdir(), "irinsider-dump-"));
try {
  generateStore(store, count, 1);
  for (const file of textFiles(store)) texts.push({ file: path.relative(store, file), text: readFileSync(file, "utf8") });
} finally {
  rmSync(store, { recursive: true, force: true });
}

for (const { file, text } of texts) {
  const body = readCheckedBody(text, bodyOffsetOf(splitArticle(text)));
  // The body as read above, handed over: the engine runs once per text.
  const findings = checkArticle({ file, text }, { sections: DEFAULT_SECTIONS, hasFileName: true }, () => body).findings;
  const { quotes, misspellings } = body;
  process.stdout.write(`${JSON.stringify({ file, quotes, misspellings, findings })}\n`);
}
