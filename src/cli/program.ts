import { createRequire } from "node:module";
import type { Command as CommandType, Option as OptionType } from "commander";
import type { ExitCode } from "../errors.js";
import type { CommandIO } from "./output.js";
import { HELP_WIDTH } from "./ready-help.js";

const require = createRequire(import.meta.url);
// commander is CommonJS: require() loads it ~10 ms faster than import, which must first scan it
// for named exports, and start-up time is part of every command.
const { Command, InvalidArgumentError, Option } = require("commander") as typeof import("commander");
type Command = CommandType;
type Option = OptionType;

const VERSION = (require("../../package.json") as { version: string }).version;

export interface GlobalOptions {
  store?: string;
  config?: string;
}

/** What every command handler receives besides its own arguments. */
export interface CommandContext {
  io: CommandIO;
  globals: GlobalOptions;
}

const EXAMPLES = `
Examples:
  $ irinsider validate                      check every article in the store
  $ irinsider validate articles/2018-03-28-nato-expels-russian-diplomats.md
  $ irinsider validate --format json        ESLint-style JSON for scripts
  $ irinsider quotes --speaker "Theresa May"  what she said, across the store
  $ irinsider speakers                      everyone quoted
  $ irinsider summary --by month            articles per month, with bars
  $ irinsider list --section Europe         the articles, one row each
  $ irinsider new                           scaffold an article, step by step
  $ irinsider import export.txt --dry-run   an article from the website's export
  $ irinsider schema > frontmatter.schema.json

Exit codes: 0 clean, 1 findings, 2 could not run, 130 cancelled.
Documentation: README.md in the magazine repository.`;

export function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
    throw new InvalidArgumentError("expected a date written YYYY-MM-DD, like 2018-03-28.");
  }
  return value;
}

export function formatOption(): Option {
  return new Option("-f, --format <format>", "output format").choices(["table", "json", "csv", "markdown"]).default("table");
}

export function parseCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(count)) throw new InvalidArgumentError("expected a whole number, like 0 or 10.");
  return count;
}

/** The commander wiring: global flags and one short registration per command, each loaded on use. */
export function buildProgram(io: CommandIO, setExitCode: (code: ExitCode) => void): Command {
  /** A usage error in red, then where the usage is (the command's own help, with its options and examples). */
  const usageError = (name: string) => (text: string, write: (text: string) => void) => write(`${io.colors.red(text.trimEnd())}\n${io.colors.dim(`Run \`${name} --help\` for usage.`)}\n`);
  const program = new Command("irinsider")
    .description("Work on IR Insider's article store: check articles, find quotes, summarise.")
    .version(VERSION, "-v, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--store <dir>", "the folder of articles (default: IRINSIDER_STORE, the configuration, ./articles)")
    .option("--config <file>", "the configuration file (default: the nearest irinsider.config.json)")
    .option("--color", "force colour")
    .option("--no-color", "no colour (also NO_COLOR=1)")
    .addHelpText("after", EXAMPLES)
    .showSuggestionAfterError(true)
    // On a narrow terminal, descriptions still wrap in their column (commander stops below 40 characters).
    .configureHelp({ minWidthToWrap: 20 })
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      // The same width as the help bin.ts prints ready-made.
      getOutHelpWidth: () => (io.stdoutIsTTY ? Math.min(io.columns, HELP_WIDTH) : HELP_WIDTH),
      outputError: usageError("irinsider"),
    })
    .exitOverride()
    // A range that ends before it starts holds no date: a swapped pair, not an empty answer.
    .hook("preAction", (_, action) => {
      const { since, until } = action.opts<{ since?: string; until?: string }>();
      if (since && until && since > until) action.error(`error: --since ${since} is after --until ${until}, so no article can be in between. Did you mean --since ${until} --until ${since}?`);
    });

  const context = (command: Command): CommandContext => ({ io, globals: command.optsWithGlobals<GlobalOptions>() });

  program
    .command("validate")
    .description("check front matter and attributions of articles")
    .argument("[paths...]", "files or folders to check, or - for standard input (default: the store)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json", "github"]))
    .option("--json", "same as --format json")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", parseCount)
    .option("-q, --quiet", "report errors only")
    .option("--stdin-filename <name>", "the file name to report for standard input")
    .addHelpText("after", "\nExamples:\n  $ irinsider validate\n  $ irinsider validate articles/ --format github\n  $ cat draft.md | irinsider validate - \\\n      --stdin-filename articles/2018-03-28-draft.md")
    .action(async (paths: string[], options, command: Command) => {
      const { validateCommand } = await import("./commands/validate.js");
      setExitCode(await validateCommand(paths, options, context(command)));
    });

  program
    .command("quotes")
    .description("list the direct quotes in the store, newest article first")
    .argument("[paths...]", "files or folders (default: the store)")
    .option("-s, --speaker <name>", "only quotes by this speaker (any part of the name, case- and accent-insensitive)")
    .option("--since <date>", "only articles on or after this date (YYYY-MM-DD)", parseDate)
    .option("--until <date>", "only articles on or before this date (YYYY-MM-DD)", parseDate)
    .addOption(formatOption())
    .option("--json", "same as --format json")
    .addHelpText("after", '\nExamples:\n  $ irinsider quotes --speaker "Theresa May"\n  $ irinsider quotes --since 2018-01-01 --format csv > quotes.csv')
    .action(async (paths: string[], options, command: Command) => {
      const { quotesCommand } = await import("./commands/quotes.js");
      setExitCode(await quotesCommand(paths, options, context(command)));
    });

  program
    .command("speakers")
    .description("list everyone quoted, with their quotes, articles and roles")
    .argument("[paths...]", "files or folders (default: the store)")
    .addOption(formatOption())
    .option("--json", "same as --format json")
    .addHelpText("after", "\nExample:\n  $ irinsider speakers --format markdown")
    .action(async (paths: string[], options, command: Command) => {
      const { speakersCommand } = await import("./commands/speakers.js");
      setExitCode(await speakersCommand(paths, options, context(command)));
    });

  const filters = (command: Command) =>
    command
      .option("--since <date>", "only articles on or after this date (YYYY-MM-DD)", parseDate)
      .option("--until <date>", "only articles on or before this date (YYYY-MM-DD)", parseDate)
      .option("--section <name>", "only this section")
      .addOption(new Option("--status <status>", "only this status").choices(["draft", "review", "published"]));

  filters(
    program
      .command("summary")
      .alias("stats")
      .description("overview of the store: articles, authors, words, quotes; by section, month, speaker, country")
      .argument("[paths...]", "files or folders (default: the store)")
      .addOption(new Option("--by <dimension>", "one table, by this").choices(["section", "month", "year", "author", "speaker", "country", "tag", "status"])),
  )
    .addOption(formatOption())
    .option("--json", "same as --format json")
    .addHelpText("after", "\nExamples:\n  $ irinsider summary\n  $ irinsider summary --by month --since 2018-01-01\n  $ irinsider stats --by country --format markdown")
    .action(async (paths: string[], options, command: Command) => {
      const { summaryCommand } = await import("./commands/summary.js");
      setExitCode(await summaryCommand(paths, options, context(command)));
    });

  filters(
    program
      .command("list")
      .description("one row per article: date, title, authors, section, words, reading time, quotes, status")
      .argument("[paths...]", "files or folders (default: the store)"),
  )
    .option("--author <name>", "only articles by this author (any part of the name)")
    .option("--tag <tag>", "only articles with this tag")
    .addOption(new Option("--sort <key>", "sort by").choices(["date", "title", "words"]).default("date"))
    .addOption(formatOption())
    .option("--json", "same as --format json")
    .addHelpText("after", "\nExamples:\n  $ irinsider list\n  $ irinsider list --section Europe --sort words --format csv")
    .action(async (paths: string[], options, command: Command) => {
      const { listCommand } = await import("./commands/list.js");
      setExitCode(await listCommand(paths, options, context(command)));
    });

  const repeat = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

  program
    .command("new")
    .description("scaffold a new article: prompts on a terminal, flags for scripts")
    .option("--title <title>", "headline")
    .option("--author <name>", "an author (repeat for several; default: git config user.name)", repeat)
    .option("--section <name>", "one of the configured sections")
    .option("--tag <tag>", "a tag (repeatable)", repeat)
    .option("--country <country>", "a country covered, by name or ISO code (repeatable)", repeat)
    .option("--summary <text>", "one or two sentences, at most 300 characters")
    .option("--date <date>", "publication date, YYYY-MM-DD (default: today)")
    .addOption(new Option("--status <status>", "draft, review or published (default: draft)").choices(["draft", "review", "published"]))
    .option("--slug <slug>", "the file's slug (default: from the title)")
    .option("-y, --yes", "accept the defaults for everything not given")
    .option("--dry-run", "print the article instead of writing it")
    .addHelpText("after", '\nExamples:\n  $ irinsider new\n  $ irinsider new --title "NATO Expels Russian Diplomats" --section Europe \\\n      --summary "Over 100 envoys expelled." --yes')
    .action(async (options, command: Command) => {
      const { newCommand } = await import("./commands/new.js");
      setExitCode(await newCommand(options, context(command)));
    });

  program
    .command("import")
    .description("turn a plain-text export of the website into an article")
    .argument("<file>", "the export, or - for standard input")
    .option("--title <title>", "headline (default: the first headline-like line)")
    .option("--date <date>", "publication date, YYYY-MM-DD")
    .option("--author <name>", "an author (repeatable)", repeat)
    .option("--section <name>", "one of the configured sections")
    .option("--summary <text>", "summary (default: the first sentence)")
    .option("--tag <tag>", "a tag (repeatable)", repeat)
    .addOption(new Option("--status <status>", "draft, review or published (default: draft)").choices(["draft", "review", "published"]))
    .option("--slug <slug>", "the file's slug (default: from the title)")
    .option("--dry-run", "print the article instead of writing it")
    .addHelpText("after", "\nExample:\n  $ irinsider import export.txt --date 2018-03-28 \\\n      --author \"IR Insider staff\" --section Europe")
    .action(async (file: string, options, command: Command) => {
      const { importCommand } = await import("./commands/import.js");
      setExitCode(await importCommand(file, options, context(command)));
    });

  program
    .command("schema")
    .description("print the front-matter schema as JSON Schema (for editors' YAML extensions)")
    .addHelpText("after", "\nExample:\n  $ irinsider schema > .vscode/irinsider.schema.json")
    .action(async (_options, command: Command) => {
      const { schemaCommand } = await import("./commands/schema.js");
      setExitCode(await schemaCommand(context(command)));
    });

  for (const command of program.commands) {
    command.exitOverride().configureOutput({ ...program.configureOutput(), outputError: usageError(`irinsider ${command.name()}`) }).showSuggestionAfterError(true);
  }
  return program;
}

