import { setFlagsFromString } from "node:v8";

/**
 * V8's own settings, measured on the V8 of Node 20 (11.3) on two cores. They are V8's, for the
 * whole process and its workers; another V8 keeps its defaults (a flag it does not know would
 * print an error on every run, and what pays in one V8 need not pay in the next).
 */
function setV8Flags(...flags: string[]): void {
  if (!/^11\.3\./.test(process.versions.v8)) return;
  for (const flag of flags) setFlagsFromString(flag);
}

/**
 * Less compiling, which on two cores competes with the work for the same cores:
 * - V8 first runs a pattern from bytecode and compiles it to machine code when it runs again;
 *   the quote engine's patterns (large Unicode letter classes) cost milliseconds to build each
 *   time, and nearly all of them run many times. Compiled once instead, an article's first
 *   check takes ~30 ms instead of ~55 (each thread pays it once).
 * - Less inlining into a function being optimised: the optimising compiler spent 1.7 s of CPU
 *   on a 10,000-article validate in one thread, 1.0–1.1 s with this, and the code it makes runs
 *   as fast (validate of 10,000 articles: CPU -8%; 100,000: the same).
 * - Array methods (map, filter, some …) are called, not inlined: inlined, `map` makes arrays of
 *   another kind than the method itself does, and code optimised for the one kind was thrown
 *   away and compiled again on meeting the other (26 deoptimisations in a 10,000-article
 *   validate, 6 without; the compiler's CPU there 1.5 → 1.1 s over both threads; wall -3 to -5%
 *   at 1,000 and 10,000 articles, the same at 100,000).
 */
export const compileLess = () => setV8Flags("--no-regexp-tier-up", "--max-inlined-bytecode-size-cumulative=200", "--no-turbo-inline-array-builtins");

/**
 * On a large store, V8 let the main thread's old generation grow to three times what it holds
 * before collecting it (peaks of 250–320 MB at 100,000 articles, from run to run). Growing by
 * half keeps it near 200 MB at no cost in time there; on a smaller store it cost ~3%.
 */
export const collectSooner = () => setV8Flags("--heap-growing-percent=50");

/**
 * With every core running one of this command's threads, the young generation is collected by
 * the thread that filled it alone: V8's helpers for it only took the cores from the work
 * (10,000 articles on two cores: 2–4% less time, as measured over several changes). With a core
 * to spare, they help.
 */
export const scavengeAlone = () => setV8Flags("--no-parallel-scavenge");
