import { readFileSync } from "node:fs";

/** Help is wrapped at this width, or at a narrower terminal's. */
export const HELP_WIDTH = 80;

/** Where the build (scripts/write-help.mjs) saves the program's help as commander writes it. */
export const READY_HELP = new URL("help.txt", import.meta.url);

/**
 * Prints the saved help, so that `irinsider --help` needs none of the program (commander alone
 * takes longer to load than the rest of start-up). A terminal narrower than HELP_WIDTH, or a
 * build without the file, gets it from commander instead: false.
 */
export function printReadyHelp(): boolean {
  if (process.stdout.isTTY && process.stdout.columns < HELP_WIDTH) return false;
  let help: string;
  try {
    help = readFileSync(READY_HELP, "utf8");
  } catch {
    return false;
  }
  process.stdout.write(help);
  return true;
}
