import { parentPort, workerData } from "node:worker_threads";
import { bodyOffsetOf, splitArticle } from "../frontmatter/split.js";
import { decodeArticle, type Decoded } from "../store/decode.js";
import type { ArticleFile } from "../store/find-articles.js";
import { readArticle } from "../store/read-article.js";
import { taskNamed, type TaskInput, type TaskName } from "./tasks.js";

// A worker thread does pieces of a task's work for the main thread. Mostly it reads article
// bodies (the quote engine and what else the task reads there): it takes pieces of files as the
// main thread read them (bytes), decodes them, and sends back each one's text with its reading
// and the body offset it read from (that of the front matter it found), for the main thread to
// take over. Copying a text back costs a fraction of decoding it again there. On a large store
// it later takes whole files: it reads them and does all of the task's work on them.
export type Job = { id: number; bodies: (Uint8Array | null)[] } | { id: number; whole: ArticleFile[] };
export type Reply<B, R> = { id: number; bodies: (ReadBody<B> | null)[] } | { id: number; results: R[] };

export interface ReadBody<B> {
  decoded: Decoded;
  bodyOffset: number;
  body: B;
}

const { task, input } = workerData as { task: TaskName; input: TaskInput };
const { readBody, run } = taskNamed(task);

function bodyOf(bytes: Uint8Array | null): ReadBody<unknown> | null {
  if (bytes === null) return null;
  const decoded = decodeArticle(bytes);
  const bodyOffset = bodyOffsetOf(splitArticle(decoded.text));
  return { decoded, bodyOffset, body: readBody(decoded.text, bodyOffset) };
}

parentPort?.on("message", (job: Job) => {
  const reply: Reply<unknown, unknown> = "bodies" in job ? { id: job.id, bodies: job.bodies.map(bodyOf) } : { id: job.id, results: job.whole.map((file) => run(file, readArticle(file, input.cwd), input, readBody)) };
  parentPort!.postMessage(reply);
});
