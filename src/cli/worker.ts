import { parentPort, workerData } from "node:worker_threads";
import type { ArticleFile } from "../store/find-articles.js";
import { TASKS, type TaskInput, type TaskName } from "./tasks.js";

// A worker runs one task over its share of the files and sends the results back in one message.
const { task, files, input } = workerData as { task: TaskName; files: ArticleFile[]; input: TaskInput };
const run = TASKS[task] as (file: ArticleFile, input: TaskInput) => unknown;
parentPort!.postMessage(files.map((file) => run(file, input)));
