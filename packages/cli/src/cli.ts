import { processIo } from "./cli-io";
import { ExitCode } from "./exit-code";
import { run } from "./run";

// `vnpol extract | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(ExitCode.ok);
  throw error;
});

run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
