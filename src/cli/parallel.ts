import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { analyzeQuotes } from "../quotes/attribute.js";
import type { ArticleFile } from "../store/find-articles.js";
import { readArticle, type ReadResult } from "../store/read-article.js";
import type { AnalysedText, QuoteJob } from "./quote-worker.js";
import { TASKS, type Analyze, type CheckResult, type ListingResult, type TaskInput, type TaskName } from "./tasks.js";

/** Below this many files, starting a worker costs more than it saves (measured with npm run bench). */
export const PARALLEL_THRESHOLD = 2000;
/**
 * Files per piece of work, and pieces sent to each worker ahead of the one this thread is
 * finishing: enough to keep the worker busy, few enough that the texts in flight stay few (they
 * live until analysed, and the garbage collector copies them while they do).
 */
const CHUNK = 25;
const AHEAD = 1;

type ResultOf<T extends TaskName> = ReturnType<(typeof TASKS)[T]>;

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
 * Above it the work is split by kind, not by file: workers run the quote engine (the larger
 * part of every task) on chunks of texts this thread has read, while this thread does the rest
 * (reading, front matter, rules, countries, counts) and takes each analysis over. Each thread
 * then compiles and warms up only its own part of the code, which on two cores is what decides
 * the time of a store of thousands of articles. Workers start loading at once, so a command can
 * start them before it has its files in order (quotes reads every date first).
 */
export function startThreads<T extends TaskName>(task: T, count: number, input: TaskInput, maxThreads?: number): Threads<T> {
  const run = TASKS[task] as (file: ArticleFile, read: ReadResult, input: TaskInput, analyze: Analyze) => ResultOf<T>;
  const threads = count >= PARALLEL_THRESHOLD ? Math.min(maxThreads ?? availableParallelism(), 4) : 1;
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
    const worker = new Worker(new URL("./quote-worker.js", import.meta.url));
    // Not holding the process open until it has work: a command that stops with an error first still exits.
    worker.unref();
    return worker;
  });
  return {
    async forEach(files, each) {
      if (workers.length === 0) {
        files.forEach((file, index) => each(run(file, readArticle(file, input.cwd), input, analyzeQuotes), index));
        return;
      }
      const waiting = new Map<number, { resolve: (results: (AnalysedText | null)[]) => void; reject: (error: unknown) => void }>();
      let failure: unknown;
      for (const worker of workers) {
        worker.ref();
        worker.on("message", ({ id, results }: { id: number; results: (AnalysedText | null)[] }) => {
          waiting.get(id)?.resolve(results);
          waiting.delete(id);
        });
        worker.once("error", (error) => {
          failure = error;
          for (const pending of waiting.values()) pending.reject(error);
          waiting.clear();
        });
      }
      /** Reads chunk `id` and sends its texts to a worker. */
      const prepare = (id: number) => {
        const start = id * CHUNK;
        const reads = files.slice(start, start + CHUNK).map((file) => readArticle(file, input.cwd));
        const analysed = new Promise<(AnalysedText | null)[]>((resolve, reject) => {
          if (failure !== undefined) return reject(failure);
          waiting.set(id, { resolve, reject });
          const job: QuoteJob = { id, texts: reads.map((read) => read.source?.text ?? null) };
          workers[id % workers.length].postMessage(job);
        });
        // Awaited in its turn; a worker's failure must not surface earlier as an unhandled rejection.
        analysed.catch(() => undefined);
        return { start, reads, analysed };
      };
      const chunks = Math.ceil(files.length / CHUNK);
      const queue: ReturnType<typeof prepare>[] = [];
      let prepared = 0;
      try {
        for (let chunk = 0; chunk < chunks; chunk++) {
          while (prepared < chunks && prepared <= chunk + AHEAD * workers.length) queue.push(prepare(prepared++));
          const { start, reads, analysed } = queue.shift()!;
          const results = await analysed;
          reads.forEach((read, i) => {
            const sent = results[i];
            // The analysis is used when the task asks for the same text from the same offset;
            // otherwise (the tasks as they are never do) it is worked out here.
            const analyze: Analyze = (text, bodyOffset, prose) => (sent && bodyOffset === sent.bodyOffset && text === read.source?.text ? sent.analysis : analyzeQuotes(text, bodyOffset, prose));
            each(run(files[start + i], read, input, analyze), start + i);
          });
        }
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}

export type { CheckResult, ListingResult };
