import { findArticles } from "../dist/store/find-articles.js";
import { TASKS } from "../dist/cli/tasks.js";
const t0 = performance.now();
const { files } = findArticles(["articles"], process.cwd());
const t1 = performance.now();
let n = 0; for (const f of files) { n += TASKS[process.argv[2] ?? "check"](f, { cwd: process.cwd(), sections: ["Europe","Asia","Africa","Americas","Middle East","Global","Security","Economy"] }) ? 1 : 0; }
const t2 = performance.now();
console.log("walk", (t1-t0).toFixed(0), "ms; tasks", (t2-t1).toFixed(0), "ms =", ((t2-t1)/files.length*1000).toFixed(0), "µs/article");
