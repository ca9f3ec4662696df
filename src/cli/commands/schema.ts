import { ExitCode } from "../../errors.js";
import { toJsonSchema } from "../../frontmatter/schema.js";
import { loadConfig } from "../../store/find-config.js";
import type { CommandContext } from "../program.js";

export async function schemaCommand({ io, globals }: CommandContext): Promise<ExitCode> {
  const config = loadConfig(io.cwd, globals.config);
  io.out(`${JSON.stringify(toJsonSchema(config.sections), null, 2)}\n`);
  return ExitCode.Ok;
}
