import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";

// A reader that stops early (`irinsider quotes | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  // The version alone needs none of the program: answer before loading it.
  process.stdout.write(`${(createRequire(import.meta.url)("../../package.json") as { version: string }).version}\n`);
} else {
  // Two of V8's settings, for the whole process, its workers included; both are about the cost of
  // compiling, which on two cores competes with the work for the same cores.
  // - V8 first runs a pattern from bytecode and compiles it to machine code when it runs again;
  //   the quote engine's patterns (large Unicode letter classes) cost milliseconds to build each
  //   time, and nearly all of them run many times. Compiled once instead, an article's first
  //   check takes ~30 ms instead of ~55 (each thread pays it once).
  // - Less inlining into a function being optimised: the optimising compiler spent 1.7 s of CPU
  //   on a 10,000-article validate in one thread, 1.1 s with this, and the code it makes runs
  //   as fast (validate of 10,000 articles: CPU -8%; 100,000: the same).
  for (const flag of ["--no-regexp-tier-up", "--max-inlined-bytecode-size-cumulative=200"]) setFlagsFromString(flag);
  const { main } = await import("./main.js");
  const { createProcessIO } = await import("./output.js");
  process.exitCode = await main(argv, await createProcessIO(argv));
}
