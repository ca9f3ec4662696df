import { parentPort, workerData } from "node:worker_threads";
import { bodyOffsetOf, splitArticle } from "../frontmatter/split.js";
import type { ArticleFile } from "../store/find-articles.js";
import { readArticle } from "../store/read-article.js";
import { taskNamed, type TaskInput, type TaskName } from "./tasks.js";

// A worker thread does pieces of a task's work for the main thread. Mostly it reads article
// bodies (the quote engine and what else the task reads there): it takes the texts of pieces of
// files the main thread has read, and sends back each body's reading with the offset it read
// from (that of the front matter it found), for the main thread to take over. (Decoding the
// bytes here and sending each text back cost more: a 10,000-article validate took 4% more CPU.)
// On a large store it later takes whole files: it reads them and does all of the task's work.
export type Job = { id: number; bodies: (string | null)[] } | { id: number; whole: ArticleFile[] };
export type Reply<B, R> = { id: number; bodies: (ReadBody<B> | null)[] } | { id: number; results: R[] };

export interface ReadBody<B> {
  bodyOffset: number;
  body: B;
}

const { task, input } = workerData as { task: TaskName; input: TaskInput };
const { readBody, run } = taskNamed(task);

function bodyOf(text: string | null): ReadBody<unknown> | null {
  if (text === null) return null;
  const bodyOffset = bodyOffsetOf(splitArticle(text));
  return { bodyOffset, body: readBody(text, bodyOffset) };
}

parentPort?.on("message", (job: Job) => {
  const reply: Reply<unknown, unknown> = "bodies" in job ? { id: job.id, bodies: job.bodies.map(bodyOf) } : { id: job.id, results: job.whole.map((file) => run(file, readArticle(file, input.cwd), input, readBody)) };
  parentPort!.postMessage(reply);
});
