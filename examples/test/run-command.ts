import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/**
 * Runs a command and returns its output; when it fails, the error shows what it printed,
 * so a failing example says why (a type error, a stack trace) rather than only its exit code.
 */
export const runCommand = async (file: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }) => {
  try {
    return await execFileAsync(file, args, { ...options, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${[file, ...args].join(" ")} failed:\n${stdout}${stderr}`.trimEnd(), { cause: error });
  }
};
