/** Exit codes, as the README states them. */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  Usage: 2,
  Cancelled: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface IrinsiderErrorOptions {
  /** What to do next, shown on its own line. */
  hint?: string;
  /** Where the problem is, when it is in a file. */
  file?: string;
  line?: number;
  column?: number;
  exitCode?: ExitCode;
  cause?: unknown;
}

/**
 * An expected failure: bad usage, missing store, bad configuration, unwritable file.
 * The CLI prints its message and hint (never a stack) and exits with its code (2 by default).
 */
export class IrinsiderError extends Error {
  readonly hint?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly exitCode: ExitCode;

  constructor(message: string, options: IrinsiderErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "IrinsiderError";
    this.hint = options.hint;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.exitCode = options.exitCode ?? ExitCode.Usage;
  }
}

/** A prompt was cancelled by the user (Ctrl-C). */
export class CancelledError extends Error {
  constructor() {
    super("Cancelled. Nothing was written.");
    this.name = "CancelledError";
  }
}
