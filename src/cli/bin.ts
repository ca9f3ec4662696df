import { main } from "./main.js";
import { createProcessIO } from "./output.js";

// A reader that stops early (`irinsider quotes | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
process.exitCode = await main(argv, createProcessIO(argv));
