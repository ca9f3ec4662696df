import { createRequire } from "node:module";
import { CancelledError, ExitCode, IrinsiderError } from "../errors.js";
import type { CommandIO } from "./output.js";
import { buildProgram } from "./program.js";

/**
 * argv in, exit code out: the one boundary between the user and the code. Usage errors → 2,
 * expected failures → their message, hint and code, Ctrl-C → 130, anything else is a bug.
 */
export async function main(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error, io);
  }
}

function handleError(error: unknown, io: CommandIO): ExitCode {
  const { CommanderError } = createRequire(import.meta.url)("commander") as typeof import("commander");
  if (error instanceof CommanderError) {
    // Commander has printed its message (and help or version) already.
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
  }
  if (error instanceof IrinsiderError) {
    io.err(`${io.colors.red(error.message)}\n`);
    if (error.hint) io.err(`${io.colors.dim(`hint: ${error.hint}`)}\n`);
    return error.exitCode;
  }
  if (error instanceof CancelledError || (error instanceof Error && error.name === "ExitPromptError")) {
    io.err("Cancelled. Nothing was written.\n");
    return ExitCode.Cancelled;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`${stack}\n\nThis is a bug in irinsider, please report it with the command you ran.\n`);
  return ExitCode.Usage;
}
