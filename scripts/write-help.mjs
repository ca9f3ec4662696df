// Saves the program's help (`irinsider --help`, as commander writes it) where the launcher prints
// it from without loading the program (src/cli/ready-help.ts). Run by `npm run build`.
import { writeFileSync } from "node:fs";
import { main } from "../dist/cli/main.js";
import { recordingIO } from "../dist/cli/output.js";
import { HELP_WIDTH, READY_HELP } from "../dist/cli/ready-help.js";

const io = recordingIO(HELP_WIDTH);
const code = await main(["--help"], io);
if (code !== 0 || !io.printed()) throw new Error(`irinsider --help gave exit code ${code} and ${io.printed().length} characters`);
writeFileSync(READY_HELP, io.printed());
