// The floor the commands are measured against: read every article and parse its front matter
// with `yaml`, the library irinsider keeps positions and explains errors with, single-threaded,
// doing nothing else. `--js-yaml` parses with js-yaml instead (irinsider's fast reading of
// text-only front matter), for reference.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { parse as parseYaml } from "yaml";

const args = process.argv.slice(2);
const parse = args.includes("--js-yaml") ? (text) => load(text, { schema: CORE_SCHEMA }) : parseYaml;

function walk(dir, files) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, files);
    else if (entry.name.endsWith(".md")) files.push(full);
  }
  return files;
}

let parsed = 0;
for (const file of walk(args.find((arg) => !arg.startsWith("--")) ?? "articles", [])) {
  const text = readFileSync(file, "utf8");
  const end = text.indexOf("\n---", 3);
  try {
    if (text.startsWith("---") && end !== -1 && parse(text.slice(4, end))) parsed++;
  } catch {
    // A broken front matter is skipped, as a naive loop would.
  }
}
process.stdout.write(`${parsed}\n`);
