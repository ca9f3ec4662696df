import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { BodyReader } from "../article.js";
import type { ArticleFile } from "../store/find-articles.js";
import { decodeRead, readArticle, readArticleBytes, type ReadResult } from "../store/read-article.js";
import type { BodyJob, ReadBody } from "./body-worker.js";
import { TASKS, type BodyOf, type CheckResult, type ListingResult, type ResultOf, type TaskInput, type TaskName } from "./tasks.js";

/** Below this many files, starting a worker costs more than it saves (measured with npm run bench). */
export const PARALLEL_THRESHOLD = 2000;
/** Files per piece of work: small enough to balance the threads, large enough to be cheap to send. */
const CHUNK = 25;
/** Pieces in flight to each worker: enough that a worker never runs dry while this thread does a piece of its own. */
const IN_FLIGHT = 2;
/** Pieces done here ahead of their turn at most; their results wait in memory until then. */
const DONE_AHEAD = 16;

/** Runs a task over every file; results come back in the files' order. */
export async function runTask<T extends TaskName>(task: T, files: readonly ArticleFile[], input: TaskInput, maxThreads?: number): Promise<ResultOf<T>[]> {
  const results: ResultOf<T>[] = [];
  await startThreads(task, files.length, input, maxThreads).forEach(files, (result) => results.push(result));
  return results;
}

export interface Threads<T extends TaskName> {
  /**
   * Runs the task over the files (as many as announced) and hands each result to `each` in the
   * files' order as soon as it is done, so a caller that folds or prints results keeps none.
   */
  forEach(files: readonly ArticleFile[], each: (result: ResultOf<T>, index: number) => void): Promise<void>;
}

/**
 * The threads for a task over `count` files. Below PARALLEL_THRESHOLD, this one does everything.
 * Above it the work is split by kind, not by file: workers read the bodies (the quote engine, the
 * larger part of every task, and what else a task reads there) of pieces of files this thread has
 * read, while this thread does the rest (reading files, front matter, rules, results) and takes
 * each body's reading over. This thread holds the files' bytes until then, and decodes the text
 * only when it comes to the file: texts held that long outlived the young generation and grew the
 * old one by every article (400 MB at 100,000 articles). Whenever a
 * worker is behind, this thread does whole pieces further on itself instead of waiting, so both
 * cores stay busy whichever part is larger. Each thread compiles and warms up mostly its own part
 * of the code, which on two cores decides the time of a store of thousands of articles (two
 * threads each doing whole articles both compile everything). Workers start loading at once, so
 * a command can start them before it has its files in order (quotes reads every date first).
 */
export function startThreads<T extends TaskName>(task: T, count: number, input: TaskInput, maxThreads?: number): Threads<T> {
  const { run, readBody } = TASKS[task] as unknown as { run: (file: ArticleFile, read: ReadResult, input: TaskInput, readBody: BodyReader<BodyOf<T>>) => ResultOf<T>; readBody: BodyReader<BodyOf<T>> };
  const runHere = (file: ArticleFile) => run(file, readArticle(file, input.cwd), input, readBody);
  const threads = count >= PARALLEL_THRESHOLD ? Math.min(maxThreads ?? availableParallelism(), 4) : 1;
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
    // A smaller young generation than the default (48 MB), which shows in the peak memory of a
    // large store without making the worker faster; at 8 MB the quote engine ran 13% slower.
    const worker = new Worker(new URL("./body-worker.js", import.meta.url), { workerData: { task }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    // Not holding the process open until it has work: a command that stops with an error first still exits.
    worker.unref();
    return worker;
  });
  return {
    async forEach(files, each) {
      if (workers.length === 0) {
        files.forEach((file, index) => each(runHere(file), index));
        return;
      }
      const waiting = new Map<number, Sent>();
      let failure: unknown;
      for (const worker of workers) {
        worker.ref();
        worker.on("message", ({ id, results }: { id: number; results: (ReadBody<BodyOf<T>> | null)[] }) => {
          const sent = waiting.get(id);
          waiting.delete(id);
          sent?.arrive(results);
        });
        worker.once("error", (error) => {
          failure = error;
          for (const sent of waiting.values()) sent.fail(error);
          waiting.clear();
        });
      }
      interface Sent {
        reads: (Uint8Array | ReadResult)[];
        analysed: Promise<(ReadBody<BodyOf<T>> | null)[]>;
        arrived: boolean;
        arrive(results: (ReadBody<BodyOf<T>> | null)[]): void;
        fail(error: unknown): void;
      }
      type Piece = { start: number; sent: Sent } | { start: number; results: ResultOf<T>[] };
      const pieces = Math.ceil(files.length / CHUNK);
      const filesOf = (id: number) => files.slice(id * CHUNK, (id + 1) * CHUNK);
      /** Reads piece `id` here and sends its texts to a worker. */
      const send = (id: number): Piece => {
        const reads = filesOf(id).map((file) => readArticleBytes(file, input.cwd));
        let settle!: Pick<Sent, "arrive" | "fail">;
        const analysed = new Promise<(ReadBody<BodyOf<T>> | null)[]>((resolve, reject) => {
          settle = { arrive: resolve, fail: reject };
        });
        // Awaited in its turn; a worker's failure must not surface earlier as an unhandled rejection.
        analysed.catch(() => undefined);
        const sent: Sent = {
          reads,
          analysed,
          arrived: false,
          arrive(results) {
            sent.arrived = true;
            settle.arrive(results);
          },
          fail: settle.fail,
        };
        if (failure !== undefined) sent.fail(failure);
        else {
          waiting.set(id, sent);
          const job: BodyJob = { id, files: reads.map((read) => (read instanceof Uint8Array ? read : null)) };
          workers[id % workers.length].postMessage(job);
        }
        return { start: id * CHUNK, sent };
      };
      const letMessagesIn = () => new Promise((resolve) => setImmediate(resolve));
      const ahead: Piece[] = [];
      let next = 0;
      const topUp = () => {
        while (next < pieces && waiting.size < IN_FLIGHT * workers.length && failure === undefined) ahead.push(send(next++));
      };
      try {
        for (let piece = 0; piece < pieces; piece++) {
          topUp();
          const current = ahead.shift()!;
          if ("results" in current) {
            current.results.forEach((result, i) => each(result, current.start + i));
            continue;
          }
          // While the workers are behind, do pieces further on here rather than wait. Their
          // finished pieces are known only once their messages are in: top up after that.
          await letMessagesIn();
          topUp();
          while (!current.sent.arrived && failure === undefined && next < pieces && ahead.length < DONE_AHEAD) {
            ahead.push({ start: next * CHUNK, results: filesOf(next++).map(runHere) });
            await letMessagesIn();
            topUp();
          }
          const bodies = await current.sent.analysed;
          current.sent.reads.forEach((bytes, i) => {
            const sent = bodies[i];
            const index = current.start + i;
            const read = decodeRead(files[index], bytes);
            // The worker's reading is used when the task asks for the same text from the same
            // offset; otherwise (the tasks as they are never do) the body is read here.
            const handOver: BodyReader<BodyOf<T>> = (text, bodyOffset) => (sent && bodyOffset === sent.bodyOffset && text === read.source?.text ? sent.body : readBody(text, bodyOffset));
            each(run(files[index], read, input, handOver), index);
          });
        }
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}

export type { CheckResult, ListingResult };
