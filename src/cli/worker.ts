import { parentPort, workerData } from "node:worker_threads";
import type { ArticleFile } from "../store/find-articles.js";
import { TASKS, type TaskInput, type TaskName } from "./tasks.js";

// A worker takes chunks of files from the main thread and sends each chunk's results back; it
// stops when it is told there is no more.
type Chunk = { start: number; files: ArticleFile[] };
const { task, input } = workerData as { task: TaskName; input: TaskInput };
const run = TASKS[task] as (file: ArticleFile, input: TaskInput) => unknown;
const work = (chunk: Chunk) => parentPort!.postMessage({ start: chunk.start, results: chunk.files.map((file) => run(file, input)) });
parentPort!.on("message", (message: Chunk | null) => {
  if (message === null) parentPort!.close();
  else work(message);
});
