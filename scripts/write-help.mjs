// Saves the program's help (`irinsider --help`, as commander writes it) where the launcher prints
// it from without loading the program (src/cli/ready-help.ts). Run by `npm run build`.
import { writeFileSync } from "node:fs";
import { main } from "../dist/cli/main.js";
import { HELP_WIDTH, READY_HELP } from "../dist/cli/ready-help.js";
import { plainColors } from "../dist/report/colors.js";

let help = "";
const io = {
  cwd: process.cwd(),
  env: {},
  out: (text) => void (help += text),
  err: (text) => void process.stderr.write(text),
  colors: plainColors,
  stdoutIsTTY: true,
  stdinIsTTY: false,
  columns: HELP_WIDTH,
};
const code = await main(["--help"], io);
if (code !== 0 || !help) throw new Error(`irinsider --help gave exit code ${code} and ${help.length} characters`);
writeFileSync(READY_HELP, help);
