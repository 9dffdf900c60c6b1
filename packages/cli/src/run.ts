import { Command, CommanderError, Option } from "commander";
import { version } from "../package.json";
import { runClean } from "./clean-command";
import type { CliIo } from "./cli-io";
import { loadDefaultEngine, type Engine } from "./engine";
import { ExitCode } from "./exit-code";
import { runExtract } from "./extract-command";
import { parseFormatOption } from "./input-format";
import { parseOnly } from "./mention-kinds";
import { parseRefOption } from "./ref-date";
import { parseSchemaName } from "./schema-name";
import { UsageError } from "./usage-error";
import { runValidate } from "./validate-command";

const EXIT_CODES_HELP = `
Exit codes:
  0  success (validate: every record is valid)
  1  validate: at least one record is invalid
  2  usage error, or an input that cannot be read (missing file, directory,
     binary or non-UTF-8 file, a JSONL line that is not an article record);
     with --keep-going the other inputs are still read, and the code is 2 at the end
  3  internal error in vnpol (please report it)`;

const EXTRACT_HELP = `
Inputs:
  .txt and other files are plain text; .md/.markdown are Markdown (front matter is
  skipped, offsets stay those of the whole file); .html/.htm go through cleanArticle
  (offsets point into the cleaned body, as \`vnpol clean\` prints it); .jsonl/.ndjson are
  article records { id, text | body, date? }, streamed line by line; .json is one record or
  an array of them. \`-\` is stdin, whose format is guessed from its first bytes.
  With no file named: stdin when something is piped into it; otherwise (a terminal, a
  closed stdin, /dev/null, or an empty pipe, as in CI) the bundled @vnpol/dataset.

Output (one JSON object per line, or one array with --pretty):
  { "source": file, "id": record id or null, "line"?: JSONL line,
    "kind", "start", "end", "text", "value" }
  With --memberships: { "source", "id", "line"?, "person", "post", "asOf", "former" }

Examples:
  vnpol extract                                  mentions in the bundled dataset
  vnpol extract --only dates,documents bai.txt   dates and document numbers of a file
  cat news.jsonl | vnpol extract --ref 2006-01-01 > mentions.jsonl
  vnpol extract --memberships news.jsonl         who holds which post, article by article`;

const addExitCodes = (command: Command): Command => command.addHelpText("after", EXIT_CODES_HELP);

const buildProgram = (io: CliIo, engine: () => Promise<Engine>, setCode: (code: ExitCode) => void): Command => {
  const program = new Command("vnpol")
    .description("Find dates, document numbers, officials and more in Vietnamese political news; clean pages; validate data.")
    .version(version, "-V, --version", "print the version of vnpol")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError("(run with --help for usage)");

  addExitCodes(
    program
      .command("extract")
      .description("find mentions in text, Markdown, HTML or JSONL articles (or stdin, or the bundled dataset) and write them as JSONL")
      .argument("[files...]", "files to read; `-` for stdin")
      .option("--pretty", "write one indented JSON array instead of JSONL")
      .option("--ref <day>", "reference day YYYY-MM-DD for yearless dates, for documents without a date of their own", parseRefOption)
      .option("--only <kinds>", "keep only these kinds: dates,documents,officials,organizations,places,events", parseOnly)
      .option("--format <format>", "read every input as text, markdown, html, jsonl or json", parseFormatOption)
      .option("--dataset", "read the bundled @vnpol/dataset articles (the default with no input)")
      .option("-k, --keep-going", "report unreadable files and records, and go on with the rest")
      .option("--progress", "always show a progress bar on stderr")
      .option("--no-progress", "never show a progress bar")
      .option("--memberships", "write who holds which post in each document (one membership per person and post) instead of the mentions")
      .addHelpText("after", EXTRACT_HELP)
      .action(async (files: string[], options) => {
        setCode(await runExtract(files, options, io, await engine()));
      }),
  );

  addExitCodes(
    program
      .command("clean")
      .description("clean a scraped page with cleanArticle and write the article as JSON")
      .argument("[file]", "HTML or text page; `-` or nothing (with a pipe) for stdin")
      .addOption(new Option("--format <format>", "read the page as text or html instead of detecting tags").choices(["text", "html"]))
      .option("-v, --verbose", "list on stderr what was removed, by which rule and why")
      .action(async (file: string | undefined, options) => {
        setCode(await runClean(file, options, io, await engine()));
      }),
  );

  addExitCodes(
    program
      .command("validate")
      .description("check records against a schema of @vnpol/schema; one line per problem")
      .argument("[files...]", "JSONL files (streamed), or .json files holding a record or an array; `-` or nothing for stdin")
      .option("-s, --schema <name>", "entity every record must match: Article, Mention, DocumentRef, Official…", parseSchemaName, "Article")
      .addOption(new Option("--format <format>", "read every input as json or jsonl instead of guessing").choices(["json", "jsonl"]))
      .option("-k, --keep-going", "report unreadable files and go on with the rest")
      .action(async (files: string[], options) => {
        setCode(await runValidate(files, options, io));
      }),
  );

  return addExitCodes(program);
};

/**
 * Runs the `vnpol` command line with the given arguments (without `node` and the script)
 * and returns the exit code instead of exiting, so that programs and tests can run it
 * in-process. Writes only to `io.stdout` and `io.stderr`. Without `engine`, the parsers of
 * `@vnpol/parse` and the articles of `@vnpol/dataset` are loaded when a command needs them.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { run } from "@vnpol/cli";
 * const io = { stdin: Readable.from([]), stdinState: "none" as const, stdout: process.stdout, stderr: process.stderr };
 * await run(["--version"], io); // 0; prints the version
 * await run(["extract", "--only", "weather"], io); // 2; "--only: unknown kind "weather"…"
 * ```
 */
export const run = async (argv: readonly string[], io: CliIo, engine?: Engine): Promise<ExitCode> => {
  let code: ExitCode = ExitCode.ok;
  const program = buildProgram(io, async () => engine ?? (await loadDefaultEngine()), (value) => {
    code = value;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; everything else is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`vnpol: ${error.message}\n(run with --help for usage)\n`);
      return ExitCode.usage;
    }
    io.stderr.write(`vnpol: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return ExitCode.internal;
  }
};
