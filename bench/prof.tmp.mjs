import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeQuotes } from "../dist/quotes/attribute.js";
const files = []; const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const f = path.join(d, e.name); e.isDirectory() ? walk(f) : files.push(f); } }; walk(process.argv[2]);
const texts = files.map((f) => readFileSync(f, "utf8"));
for (let r = 0; r < 5; r++) for (const x of texts) analyzeQuotes(x, x.indexOf("\n---", 3) + 4);
