/**
 * The `vnpol` command line as functions: `run` takes the arguments and the streams and
 * returns the exit code, and each command (`runExtract`, `runClean`, `runValidate`) can be
 * called by itself. The binary is `vnpol`; see the README for its commands and options.
 *
 * @packageDocumentation
 */
export { documentOfRecord } from "./article-record";
export { runClean, type CleanOptions } from "./clean-command";
export { detectStdin, processIo, type CliIo, type CliWritable, type StdinState } from "./cli-io";
export { loadDefaultEngine, type CleanedArticle, type Dataset, type Engine } from "./engine";
export { ExitCode } from "./exit-code";
export { runExtract, type ExtractedMembership, type ExtractedMention, type ExtractOptions } from "./extract-command";
export { checkFile, readFileChunks, readTextFile } from "./file-input";
export { bodyStart } from "./front-matter";
export { InputError } from "./input-error";
export { INPUT_FORMATS, formatOfPath, parseFormatOption, sniffFormat, type InputFormat } from "./input-format";
export { readJsonl, type JsonlLine } from "./jsonl-records";
export { ONLY_WORDS, parseOnly } from "./mention-kinds";
export { collectBytes, peekChunks } from "./peek-chunks";
export { MANY_INPUTS, createProgressBar, wantsProgress, type ProgressBar } from "./progress-bar";
export { createRecordWriter, writeText, type RecordWriter } from "./record-writer";
export { isoDateOf, parseRefOption, refOfArticle } from "./ref-date";
export { run } from "./run";
export { parseSchemaName } from "./schema-name";
export type { SourceDocument } from "./source-document";
export { UsageError } from "./usage-error";
export { decodeUtf8, decodeUtf8Chunks } from "./utf8-decode";
export { runValidate, type ValidateOptions } from "./validate-command";
