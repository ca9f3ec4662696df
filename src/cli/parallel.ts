import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleFile } from "../store/find-articles.js";
import { TASKS, type CheckResult, type ListingResult, type TaskInput, type TaskName } from "./tasks.js";

/** Below this many files, starting a worker costs more than it saves (measured with npm run bench). */
export const PARALLEL_THRESHOLD = 2000;

type ResultOf<T extends TaskName> = ReturnType<(typeof TASKS)[T]>;

/**
 * Runs a task over every file, in order. With enough files and more than one core, the files are
 * shared between this thread and worker threads (one per further core), each reading and
 * processing its share; results come back in the files' order.
 */
export async function runTask<T extends TaskName>(task: T, files: readonly ArticleFile[], input: TaskInput, maxThreads?: number): Promise<ResultOf<T>[]> {
  const run = TASKS[task] as (file: ArticleFile, input: TaskInput) => ResultOf<T>;
  const threads = Math.min(maxThreads ?? availableParallelism(), 4, Math.floor(files.length / (PARALLEL_THRESHOLD / 2)));
  if (threads < 2) return files.map((file) => run(file, input));
  const size = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
  const workers = shares.slice(1).map(
    (share) =>
      new Promise<ResultOf<T>[]>((resolve, reject) => {
        const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: { task, files: share, input } });
        worker.once("message", (results: ResultOf<T>[]) => {
          resolve(results);
          void worker.terminate();
        });
        worker.once("error", reject);
      }),
  );
  const mine = shares[0].map((file) => run(file, input));
  return [mine, ...(await Promise.all(workers))].flat() as ResultOf<T>[];
}

export type { CheckResult, ListingResult };
