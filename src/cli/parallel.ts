import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { BodyReader } from "../article.js";
import type { ArticleFile } from "../store/find-articles.js";
import { readArticle, type ReadResult } from "../store/read-article.js";
import { collectSooner, scavengeAlone } from "./v8-settings.js";
import type { Job, ReadBody, Reply } from "./worker.js";
import { taskNamed, type BodyOf, type CheckResult, type ListingResult, type ResultOf, type TaskInput, type TaskName } from "./tasks.js";

/** Below this many files, starting a worker costs more than it saves (measured with npm run bench). */
export const PARALLEL_THRESHOLD = 2000;
/** Files per piece of work: small enough to balance the threads, large enough to be cheap to send. */
const CHUNK = 25;
/** Pieces in flight to each worker: enough that a worker never runs dry while this thread does a piece of its own. */
const IN_FLIGHT = 2;
/**
 * Files from which on a worker takes whole files instead of bodies: by then each thread has
 * compiled its part, and a worker doing whole files saves sending every text to it and every
 * reading back. Measured with validate (interleaved runs): split all along, 100,000 articles took
 * 3–5% longer than with whole files from here on; 30,000 took 3% less.
 */
const WHOLE_FROM = 25_000;
/** From this many files on, the heap is collected sooner (see collectSooner in v8-settings.ts). */
const LARGE_STORE = 25_000;
/** Pieces done here ahead of their turn at most; their results wait in memory until then. */
const DONE_AHEAD = 16;
/** Files of a piece done here between looks at the workers' messages. */
const STEAL_STEP = 5;

/** Runs a task over every file; results come back in the files' order. */
export async function runTask<T extends TaskName>(task: T, files: readonly ArticleFile[], input: TaskInput, options: ThreadOptions = {}): Promise<ResultOf<T>[]> {
  const results: ResultOf<T>[] = [];
  await startThreads(task, files.length, input, options).forEach(files, (result) => results.push(result));
  return results;
}

export interface ThreadOptions {
  /** At most this many threads (IRINSIDER_THREADS). */
  maxThreads?: number;
  /** From this file on, workers take whole files (by default WHOLE_FROM with one worker, 0 with more; a test sets it). */
  wholeFrom?: number;
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
 * Above it, with one worker (two cores), the work is split by kind, not by file: the worker reads
 * the bodies (the quote engine, the larger part of every task, and what else the task reads
 * there) of pieces of files this thread has read, while this thread does the rest (front
 * matter, rules, results) and takes each body's reading over. Each thread so compiles mostly its
 * own part of the code, which on two cores decides the time of a store of thousands of articles
 * (two threads each doing whole files both compile everything). Whenever the worker is behind,
 * this thread does whole pieces further on itself instead of waiting, so both cores stay busy
 * whichever part is larger; from WHOLE_FROM on, the worker takes whole files too. This thread
 * reads and decodes each file and sends the worker its text; only the body's reading comes
 * back. With more workers (more cores), this thread's part alone would bound the time, so they
 * take whole files from the start. Workers start loading at once, so a command can start them
 * before it has its files in order (quotes may read every date first).
 */
export function startThreads<T extends TaskName>(task: T, count: number, input: TaskInput, { maxThreads, wholeFrom }: ThreadOptions = {}): Threads<T> {
  const { run, readBody, frontMatterOnly } = taskNamed(task);
  const runHere = (file: ArticleFile) => run(file, readArticle(file, input.cwd), input, readBody);
  const threads = count >= PARALLEL_THRESHOLD && !frontMatterOnly ? Math.min(maxThreads ?? availableParallelism(), 4) : 1;
  const wholeFromFile = wholeFrom ?? (threads === 2 ? WHOLE_FROM : 0);
  if (count >= LARGE_STORE) collectSooner();
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
    // A smaller young generation than the default (48 MB), which shows in the peak memory of a
    // large store without making the worker faster; at 8 MB the quote engine ran 13% slower.
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: { task, input }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    // Not holding the process open until it has work: a command that stops with an error first still exits.
    worker.unref();
    return worker;
  });
  return {
    async forEach(files, each) {
      // Fewer files than announced (quotes leaves out those dated outside its range) may be too
      // few to share: the workers, started to load early, are let go.
      if (workers.length === 0 || files.length < PARALLEL_THRESHOLD) {
        await Promise.all(workers.map((worker) => worker.terminate()));
        files.forEach((file, index) => each(runHere(file), index));
        return;
      }
      // Every core runs one of the threads (and only now is that known): see scavengeAlone.
      if (workers.length + 1 >= availableParallelism()) scavengeAlone();
      const waiting = new Map<number, Sent>();
      let failure: unknown;
      for (const worker of workers) {
        worker.ref();
        worker.on("message", (reply: Reply<BodyOf<T>, ResultOf<T>>) => {
          const sent = waiting.get(reply.id);
          waiting.delete(reply.id);
          sent?.arrive(reply);
        });
        worker.once("error", (error) => {
          failure = error;
          for (const sent of waiting.values()) sent.fail(error);
          waiting.clear();
        });
      }
      interface Sent {
        /** The piece's results, worked out here as soon as the worker's reply is in. */
        results: Promise<ResultOf<T>[]>;
        arrived: boolean;
        arrive(reply: Reply<BodyOf<T>, ResultOf<T>>): void;
        fail(error: unknown): void;
      }
      type Piece = { start: number; sent: Sent } | { start: number; results: ResultOf<T>[] };
      /** File `index`'s result from its reading by the worker. */
      const finish = (index: number, read: ReadResult, reading: ReadBody<BodyOf<T>> | null): ResultOf<T> => {
        // The worker's reading is used when the task asks for the same text from the same
        // offset; otherwise (the tasks as they are never do) the body is read here.
        const handOver: BodyReader<BodyOf<T>> = (text, bodyOffset) => (reading && bodyOffset === reading.bodyOffset && text === read.source?.text ? reading.body : readBody(text, bodyOffset));
        return run(files[index], read, input, handOver);
      };
      const pieces = Math.ceil(files.length / CHUNK);
      const filesOf = (id: number) => files.slice(id * CHUNK, (id + 1) * CHUNK);
      /** Sends piece `id` to a worker: the texts of its files, read here, or (whole files) the files. */
      const send = (id: number): Piece => {
        const whole = id * CHUNK >= wholeFromFile;
        const start = id * CHUNK;
        let reads = whole ? [] : filesOf(id).map((file) => readArticle(file, input.cwd));
        let settle!: { resolve(results: ResultOf<T>[]): void; reject(error: unknown): void };
        const results = new Promise<ResultOf<T>[]>((resolve, reject) => {
          settle = { resolve, reject };
        });
        // Awaited in its turn; a worker's failure must not surface earlier as an unhandled rejection.
        results.catch(() => undefined);
        const sent: Sent = {
          results,
          arrived: false,
          arrive(reply) {
            sent.arrived = true;
            if ("results" in reply) return settle.resolve(reply.results);
            // Finished at once rather than in its turn, so that the texts are let go: held
            // until then (often behind pieces done here), they outlived the young generation
            // and the collector copied ~100 MB of them on a 10,000-article store.
            try {
              settle.resolve(reply.bodies.map((reading, i) => finish(start + i, reads[i], reading)));
            } catch (error) {
              settle.reject(error);
            }
            reads = [];
          },
          fail: settle.reject,
        };
        if (failure !== undefined) sent.fail(failure);
        else {
          waiting.set(id, sent);
          const job: Job = whole ? { id, whole: filesOf(id) } : { id, bodies: reads.map((read) => read.source?.text ?? null) };
          workers[id % workers.length].postMessage(job);
        }
        return { start, sent };
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
            // The piece takes its place in line first; the workers are topped up as it is
            // done, so that they do not run dry meanwhile (a piece done here takes several
            // times as long as one body piece there).
            const stolen = { start: next * CHUNK, results: [] as ResultOf<T>[] };
            ahead.push(stolen);
            const stolenFiles = filesOf(next++);
            for (let i = 0; i < stolenFiles.length; i += STEAL_STEP) {
              for (const file of stolenFiles.slice(i, i + STEAL_STEP)) stolen.results.push(runHere(file));
              await letMessagesIn();
              topUp();
            }
          }
          (await current.sent.results).forEach((result, i) => each(result, current.start + i));
        }
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}

export type { CheckResult, ListingResult };
