import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleFile } from "../store/find-articles.js";
import { TASKS, type CheckResult, type ListingResult, type TaskInput, type TaskName } from "./tasks.js";

/** Below this many files, starting a worker costs more than it saves (measured with npm run bench). */
export const PARALLEL_THRESHOLD = 2000;
/** Files per piece of work: small enough to balance the threads, large enough to be cheap to send. */
const CHUNK = 100;

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
   * files' order as soon as it and all before it are done, so a caller that folds or prints
   * results keeps none. This thread and the workers take chunks of files from one queue as they
   * become free, so a worker that starts slowly (it loads and warms up the code) simply takes
   * fewer. Results that arrive ahead of their turn wait: at most a few chunks' worth.
   */
  forEach(files: readonly ArticleFile[], each: (result: ResultOf<T>, index: number) => void): Promise<void>;
}

/**
 * The threads for a task over `count` files: this one alone below PARALLEL_THRESHOLD, else a
 * worker per further core as well. Workers start loading at once, so a command can start them
 * before it has its files in order (quotes reads every date first).
 */
export function startThreads<T extends TaskName>(task: T, count: number, input: TaskInput, maxThreads?: number): Threads<T> {
  const run = TASKS[task] as (file: ArticleFile, input: TaskInput) => ResultOf<T>;
  const threads = Math.min(maxThreads ?? availableParallelism(), 4, Math.floor(count / (PARALLEL_THRESHOLD / 2)));
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
    // A small young generation: the worker's garbage is short-lived, and the default (48 MB) shows
    // in the peak memory of a large store without making the worker faster.
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: { task, input }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    // Not holding the process open until it has work: a command that stops with an error first still exits.
    worker.unref();
    return worker;
  });
  return {
    async forEach(files, each) {
      if (workers.length === 0) {
        files.forEach((file, index) => each(run(file, input), index));
        return;
      }
      const waiting = new Map<number, ResultOf<T>>();
      let due = 0;
      const deliver = (index: number, result: ResultOf<T>) => {
        if (index !== due) {
          waiting.set(index, result);
          return;
        }
        each(result, due++);
        for (let next = waiting.get(due); next !== undefined; next = waiting.get(due)) {
          waiting.delete(due);
          each(next, due++);
        }
      };
      let next = 0;
      const take = (): [number, number] | null => {
        if (next >= files.length) return null;
        const start = next;
        next = Math.min(files.length, next + CHUNK);
        return [start, next];
      };
      const done = workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              const range = take();
              if (range) {
                inFlight++;
                worker.postMessage({ start: range[0], files: files.slice(range[0], range[1]) });
              } else if (inFlight === 0) {
                worker.postMessage(null);
              }
            };
            worker.on("message", ({ start, results: chunk }: { start: number; results: ResultOf<T>[] }) => {
              inFlight--;
              for (let i = 0; i < chunk.length; i++) deliver(start + i, chunk[i]);
              send();
            });
            worker.once("error", reject);
            worker.once("exit", () => resolve());
            worker.ref();
            // Two chunks in flight, sent now: the worker starts as soon as it has loaded and never
            // waits for this thread to finish a chunk and read its messages.
            send();
            send();
          }),
      );
      for (let range = take(); range; range = take()) {
        for (let i = range[0]; i < range[1]; i++) deliver(i, run(files[i], input));
        // Let the workers' messages in between chunks.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(done);
    },
  };
}

export type { CheckResult, ListingResult };
