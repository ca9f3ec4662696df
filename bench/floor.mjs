// The floor the commands are measured against: read every article and parse its front matter
// with the same YAML library irinsider uses, single-threaded, doing nothing else.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

function walk(dir, files) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, files);
    else if (entry.name.endsWith(".md")) files.push(full);
  }
  return files;
}

let parsed = 0;
for (const file of walk(process.argv[2] ?? "articles", [])) {
  const text = readFileSync(file, "utf8");
  const end = text.indexOf("\n---", 3);
  try {
    if (text.startsWith("---") && end !== -1 && parse(text.slice(4, end))) parsed++;
  } catch {
    // A broken front matter is skipped, as a naive loop would.
  }
}
process.stdout.write(`${parsed}\n`);
