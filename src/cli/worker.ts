import { parentPort, workerData } from "node:worker_threads";
import type { ArticleFile } from "../store/find-articles.js";
import { TASKS, type TaskInput, type TaskName } from "./tasks.js";

// A worker takes chunks of files from the main thread, one at a time, and sends each chunk's
// results back; it stops when it is told there is no more.
const { task, input } = workerData as { task: TaskName; input: TaskInput };
const run = TASKS[task] as (file: ArticleFile, input: TaskInput) => unknown;
parentPort!.on("message", (message: { start: number; files: ArticleFile[] } | null) => {
  if (message === null) {
    parentPort!.close();
    return;
  }
  parentPort!.postMessage({ start: message.start, results: message.files.map((file) => run(file, input)) });
});
parentPort!.postMessage({ start: -1, results: [] });
