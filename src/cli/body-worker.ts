import { parentPort, workerData } from "node:worker_threads";
import { splitArticle } from "../frontmatter/split.js";
import { decodeArticle } from "../store/decode.js";
import { TASKS, type TaskName } from "./tasks.js";

// A worker reads article bodies for a task (the quote engine and what else the task reads there):
// it takes pieces of files as the main thread read them (bytes, decoded here as there) and sends
// back each one's reading, with the body offset it read from (that of the front matter it found),
// for the main thread to take over.
export interface BodyJob {
  id: number;
  files: (Uint8Array | null)[];
}

export interface ReadBody<B> {
  bodyOffset: number;
  body: B;
}

const { readBody } = TASKS[(workerData as { task: TaskName }).task];

parentPort?.on("message", ({ id, files }: BodyJob) => {
  const results = files.map((bytes): ReadBody<unknown> | null => {
    if (bytes === null) return null;
    const { text } = decodeArticle(bytes);
    const split = splitArticle(text);
    const bodyOffset = split.kind === "ok" ? split.bodyOffset : 0;
    return { bodyOffset, body: readBody(text, bodyOffset) };
  });
  parentPort!.postMessage({ id, results });
});
