/**
 * The `vnpol` command line as functions: `run` takes the arguments and the streams and
 * returns the exit code, and each command (`runExtract`, `runClean`, `runValidate`) can be
 * called by itself. The binary is `vnpol`; see the README for its commands and options.
 *
 * @packageDocumentation
 */
export { runClean, type CleanOptions } from "./clean-command";
export { detectStdin, processIo, type CliIo, type CliWritable, type StdinState } from "./cli-io";
export type { Engine } from "./engine";
export { ExitCode } from "./exit-code";
export { runExtract, type ExtractedMention, type ExtractOptions } from "./extract-command";
export { InputError } from "./input-error";
export type { InputFormat } from "./input-format";
export { run } from "./run";
export { UsageError } from "./usage-error";
export { runValidate, type ValidateOptions } from "./validate-command";
