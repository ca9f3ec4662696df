import { createRequire } from "node:module";
import { printReadyHelp } from "./ready-help.js";
import { compileLess } from "./v8-settings.js";

// A reader that stops early (`irinsider quotes | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  // The version alone needs none of the program: answer before loading it.
  process.stdout.write(`${(createRequire(import.meta.url)("../../package.json") as { version: string }).version}\n`);
} else if (!(argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h") && printReadyHelp())) {
  // Before any code of the program runs: how much V8 compiles (see v8-settings.ts).
  compileLess();
  const { main } = await import("./main.js");
  const { createProcessIO } = await import("./output.js");
  process.exitCode = await main(argv, await createProcessIO(argv));
}
