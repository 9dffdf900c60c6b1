import type { CliIo } from "./cli-io";
import type { Engine } from "./engine";
import { ExitCode } from "./exit-code";
import { readTextFile } from "./file-input";
import { InputError } from "./input-error";
import { collectBytes } from "./peek-chunks";
import { writeText } from "./record-writer";
import { UsageError } from "./usage-error";
import { decodeUtf8 } from "./utf8-decode";

/** Options of `vnpol clean`. */
export interface CleanOptions {
  /** Read the input as this format instead of detecting HTML tags. */
  format?: "text" | "html";
  /** List on stderr what was removed, by which rule and why. */
  verbose?: boolean;
}

const preview = (text: string): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > 70 ? `${flat.slice(0, 67)}...` : flat);
};

/**
 * `vnpol clean [file]`: runs `cleanArticle` over one page (a file, or stdin for `-` or when
 * nothing is named and stdin is piped) and writes the cleaned article as pretty JSON. With
 * `verbose`, lists each removed piece on stderr: its rule, why, its offsets and its text.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { loadDefaultEngine, runClean } from "@vnpol/cli";
 * const io = {
 *   stdin: Readable.from([Buffer.from("<p class=title>Hội nghị Ban Chấp hành</p><p>Ngày 14-1, …</p>")]),
 *   stdinState: "stream" as const,
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 * };
 * await runClean(undefined, { verbose: true }, io, await loadDefaultEngine()); // 0; prints {"format": "html", "headline": …}
 * ```
 */
export const runClean = async (file: string | undefined, options: CleanOptions, io: CliIo, engine: Engine): Promise<ExitCode> => {
  let raw: string;
  try {
    if (file === undefined || file === "-") {
      if (file === undefined && io.stdinState !== "stream") {
        throw new UsageError("clean: name an HTML or text file, or pipe one into stdin (`vnpol clean page.html > article.json`)");
      }
      raw = decodeUtf8(await collectBytes(io.stdin), "-");
    } else {
      raw = await readTextFile(file);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`vnpol clean: ${error.message}\n`);
    return ExitCode.usage;
  }
  const article = engine.cleanArticle(raw, options.format ? { format: options.format } : undefined);
  if (options.verbose === true) {
    for (const removed of article.removed) {
      io.stderr.write(`removed [${removed.rule}] ${removed.start}-${removed.end} ${preview(removed.text)}: ${removed.reason}\n`);
    }
    io.stderr.write(`${article.removed.length} piece${article.removed.length === 1 ? "" : "s"} removed\n`);
  }
  await writeText(io.stdout, `${JSON.stringify(article, null, 2)}\n`);
  return ExitCode.ok;
};
