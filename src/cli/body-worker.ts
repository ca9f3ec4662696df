import { parentPort, workerData } from "node:worker_threads";
import { splitArticle } from "../frontmatter/split.js";
import { TASKS, type TaskName } from "./tasks.js";

// A worker reads article bodies for a task (the quote engine and what else the task reads there):
// it takes pieces of article texts and sends back each one's reading, with the body offset it read
// from (that of the front matter it found), for the main thread to take over.
export interface BodyJob {
  id: number;
  texts: (string | null)[];
}

export interface ReadBody<B> {
  bodyOffset: number;
  body: B;
}

const { readBody } = TASKS[(workerData as { task: TaskName }).task];

parentPort?.on("message", ({ id, texts }: BodyJob) => {
  const results = texts.map((text): ReadBody<unknown> | null => {
    if (text === null) return null;
    const split = splitArticle(text);
    const bodyOffset = split.kind === "ok" ? split.bodyOffset : 0;
    return { bodyOffset, body: readBody(text, bodyOffset) };
  });
  parentPort!.postMessage({ id, results });
});
