import type { Membership, Mention, MentionKind } from "@vnpol/schema";
import { documentOfRecord } from "./article-record";
import type { CliIo } from "./cli-io";
import type { Engine } from "./engine";
import { ExitCode } from "./exit-code";
import { readFileChunks, readTextFile } from "./file-input";
import { bodyStart } from "./front-matter";
import { InputError } from "./input-error";
import { UsageError } from "./usage-error";
import { formatOfPath, sniffFormat, type InputFormat } from "./input-format";
import { readJsonl } from "./jsonl-records";
import { collectBytes, peekChunks } from "./peek-chunks";
import { createProgressBar, wantsProgress } from "./progress-bar";
import { createRecordWriter } from "./record-writer";
import { refOfArticle } from "./ref-date";
import type { SourceDocument } from "./source-document";
import { decodeUtf8 } from "./utf8-decode";

/** Options of `vnpol extract`, as read from the command line. */
export interface ExtractOptions {
  /** Write one pretty JSON array instead of JSONL. */
  pretty?: boolean;
  /** Reference day (`YYYY-MM-DD`) for yearless dates of documents that carry no date of their own. */
  ref?: string;
  /** Keep only these kinds of mention. */
  only?: MentionKind[];
  /** Read every input in this format instead of guessing it from the name or first bytes. */
  format?: InputFormat;
  /** Report unreadable inputs and records, and go on with the rest. */
  keepGoing?: boolean;
  /** Read the bundled dataset (the default when no file is named and stdin has nothing). */
  dataset?: boolean;
  /** Force the progress bar on or off; by default it shows when stdout is a pipe, stderr a terminal and there are many files. */
  progress?: boolean;
  /** Write who holds which post in each document (one membership per person and post) instead of the mentions. */
  memberships?: boolean;
}

/** One line of `vnpol extract`'s output: a mention and the document it came from. */
export type ExtractedMention = { source: string; id: string | null; line?: number; index?: number } & Mention;

/** One line of `vnpol extract --memberships`: a membership and the document that states it. */
export type ExtractedMembership = { source: string; id: string | null; line?: number; index?: number } & Membership;

type DocumentOrError = SourceDocument | InputError;

async function* documentsOfJsonl(chunks: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<DocumentOrError> {
  for await (const entry of readJsonl(chunks, source)) {
    if (!entry.ok) {
      yield new InputError(source, entry.reason, entry.line);
      continue;
    }
    try {
      yield documentOfRecord(entry.value, source, { line: entry.line });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield error;
    }
  }
}

function* documentsOfText(text: string, format: Exclude<InputFormat, "jsonl">, source: string, engine: Engine): Generator<DocumentOrError> {
  if (format === "text") {
    yield { source, id: null, text, offset: 0 };
  } else if (format === "markdown") {
    // Offsets stay those of the whole file, front matter included, so an editor can jump to them.
    const offset = bodyStart(text);
    yield { source, id: null, text: text.slice(offset), offset };
  } else if (format === "html") {
    const article = engine.cleanArticle(text, { format: "html" });
    const ref = article.timestamp?.kind === "article" ? refOfArticle({ datePublished: article.timestamp.value }) : undefined;
    yield { source, id: null, text: article.body, offset: 0, ...(ref ? { ref } : {}) };
  } else {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield new InputError(source, `not JSON: ${(error as Error).message}`);
      return;
    }
    const records = Array.isArray(value) ? value : [value];
    for (const [index, record] of records.entries()) {
      try {
        yield documentOfRecord(record, source, { index });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield error;
      }
    }
  }
}

async function* documentsOfFile(path: string, format: InputFormat, engine: Engine): AsyncGenerator<DocumentOrError> {
  if (format === "jsonl") {
    yield* documentsOfJsonl(readFileChunks(path), path);
  } else {
    yield* documentsOfText(await readTextFile(path), format, path, engine);
  }
}

async function* documentsOfStdin(chunks: AsyncIterable<Buffer | string>, format: InputFormat | undefined, engine: Engine): AsyncGenerator<DocumentOrError> {
  const { first, all } = await peekChunks(chunks);
  if (first === null) return;
  const chosen = format ?? sniffFormat(String(first).slice(0, 1024));
  if (chosen === "jsonl") yield* documentsOfJsonl(all, "-");
  else yield* documentsOfText(decodeUtf8(await collectBytes(all), "-"), chosen, "-", engine);
}

async function* documentsOfDataset(engine: Engine): AsyncGenerator<DocumentOrError> {
  const { articles, version } = await engine.loadDataset();
  const source = `@vnpol/dataset@${version}`;
  for (const article of articles) {
    const ref = refOfArticle(article);
    yield { source, id: article.id, text: article.body, offset: 0, ...(ref ? { ref } : {}) };
  }
}

/**
 * `vnpol extract [files…]`: finds mentions in each input and writes them as JSONL (or a
 * pretty JSON array), each with the `source` and `id` of its document. Inputs are read one
 * after the other; JSONL is streamed line by line. Which input is read:
 *
 * - files named on the command line (`-` is stdin), in order;
 * - with no file: stdin when it is a pipe or a non-empty file; the bundled dataset when stdin
 *   is a terminal, closed, `/dev/null` or turns out empty (as in CI); `--dataset` forces it.
 *
 * Returns the exit code: 0, or 2 when an input or record could not be read (with
 * `keepGoing`, after reading all the others).
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { loadDefaultEngine, runExtract } from "@vnpol/cli";
 * const io = {
 *   stdin: Readable.from([Buffer.from("Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.")]),
 *   stdinState: "stream" as const,
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 * };
 * await runExtract([], { only: ["date"], ref: "2021-01-20" }, io, await loadDefaultEngine()); // 0; prints {"source":"-","id":null,"kind":"date",…}
 * ```
 */
export const runExtract = async (files: readonly string[], options: ExtractOptions, io: CliIo, engine: Engine): Promise<ExitCode> => {
  if (options.memberships === true && options.only !== undefined) {
    throw new UsageError("--memberships writes who holds which post, read from the officials; it takes no --only");
  }
  const membershipsOf = options.memberships === true ? engine.membershipsOf : undefined;
  if (options.memberships === true && membershipsOf === undefined) throw new UsageError("--memberships: this engine has no membershipsOf");
  const writer = createRecordWriter(io.stdout, options.pretty === true);
  let failed = false;

  const inputs = files.length === 0 && options.dataset !== true && io.stdinState === "stream" ? ["-"] : [...files];
  let readDataset = options.dataset === true || files.length === 0;
  const showProgress =
    options.progress ?? wantsProgress({ stdoutIsTTY: io.stdout.isTTY === true, stderrIsTTY: io.stderr.isTTY === true, inputs: inputs.length });
  const bar = showProgress ? createProgressBar(io.stderr, inputs.length) : null;

  const report = (message: string): void => {
    bar?.finish(); // erase the bar first, so that the message gets a line of its own
    io.stderr.write(`vnpol extract: ${message}\n`);
  };

  // Returns false when the run must stop.
  const readAll = async (documents: AsyncIterable<DocumentOrError>): Promise<boolean> => {
    try {
      for await (const document of documents) {
        if (document instanceof InputError) {
          failed = true;
          report(document.message);
          if (options.keepGoing !== true) return false;
          continue;
        }
        const ref = document.ref ?? options.ref;
        const where = { source: document.source, id: document.id, ...(document.line === undefined ? {} : { line: document.line }), ...(document.index === undefined ? {} : { index: document.index }) };
        if (membershipsOf !== undefined) {
          const officials = engine.extract(document.text, { ...(ref ? { ref } : {}), only: ["official"] });
          for (const membership of membershipsOf(officials, ref ? { ref } : {})) await writer.write({ ...where, ...membership } satisfies ExtractedMembership);
          continue;
        }
        const mentions = engine.extract(document.text, { ...(ref ? { ref } : {}), ...(options.only ? { only: options.only } : {}) });
        for (const mention of mentions) {
          if (options.only && !options.only.includes(mention.kind)) continue;
          const record = { ...where, ...mention, start: mention.start + document.offset, end: mention.end + document.offset };
          await writer.write(record satisfies ExtractedMention);
        }
      }
      return true;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed = true;
      report(`${error.message}${options.keepGoing === true ? " (skipped)" : ""}`);
      return options.keepGoing === true;
    }
  };

  const readInputs = async (): Promise<boolean> => {
    try {
      for (const [index, input] of inputs.entries()) {
        bar?.update(index, input);
        if (input === "-") {
          let empty = true;
          const stdin = (async function* () {
            for await (const chunk of io.stdin) {
              if (chunk.length === 0) continue;
              empty = false;
              yield chunk;
            }
          })();
          if (!(await readAll(documentsOfStdin(stdin, options.format, engine)))) return false;
          // An empty stdin with no file named means "nothing piped": fall back to the dataset.
          if (files.length === 0 && !empty) readDataset = false;
        } else if (!(await readAll(documentsOfFile(input, options.format ?? formatOfPath(input), engine)))) {
          return false;
        }
      }
      bar?.update(inputs.length, "");
    } finally {
      bar?.finish();
    }
    return !readDataset || (await readAll(documentsOfDataset(engine)));
  };

  const completed = await readInputs();
  // Close the JSON array even after an error, so that what was written still parses.
  await writer.end();
  return completed && !failed ? ExitCode.ok : ExitCode.usage;
};
