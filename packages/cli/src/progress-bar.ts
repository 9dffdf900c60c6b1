import type { CliWritable } from "./cli-io";

/**
 * How many inputs make a run long enough to deserve a progress bar.
 *
 * @example
 * ```ts
 * import { MANY_INPUTS } from "@vnpol/cli";
 * MANY_INPUTS; // 10
 * ```
 */
export const MANY_INPUTS = 10;

const WIDTH = 24;
const REDRAW_MS = 100;

/** Draws progress on stderr; `finish` erases it so that only real messages stay on screen. */
export interface ProgressBar {
  update(done: number, label: string): void;
  finish(): void;
}

/**
 * Whether to draw a progress bar: output goes to a pipe or file (so the bar does not mix
 * with it), stderr is a terminal someone watches, and there are many inputs.
 *
 * @example
 * ```ts
 * import { wantsProgress } from "@vnpol/cli";
 * wantsProgress({ stdoutIsTTY: false, stderrIsTTY: true, inputs: 40 }); // true
 * wantsProgress({ stdoutIsTTY: true, stderrIsTTY: true, inputs: 40 }); // false
 * ```
 */
export const wantsProgress = (on: { stdoutIsTTY: boolean; stderrIsTTY: boolean; inputs: number }): boolean =>
  !on.stdoutIsTTY && on.stderrIsTTY && on.inputs >= MANY_INPUTS;

/**
 * A one-line progress bar, `[######------]  12/40  bai-12.txt`, redrawn at most every
 * 100 ms in place with a carriage return.
 *
 * @example
 * ```ts
 * import { createProgressBar } from "@vnpol/cli";
 * const bar = createProgressBar(process.stderr, 40);
 * bar.update(12, "bai-12.txt");
 * bar.finish();
 * ```
 */
export const createProgressBar = (out: CliWritable, total: number, now: () => number = Date.now): ProgressBar => {
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, label) {
      const time = now();
      if (time - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = time;
      const filled = total === 0 ? WIDTH : Math.min(WIDTH, Math.round((done / total) * WIDTH));
      const counts = `${String(done).padStart(String(total).length)}/${total}`;
      const line = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${counts} ${label}`;
      const columns = out.columns ?? 80;
      out.write(`\r${line.length >= columns ? line.slice(0, columns - 1) : line}\u001b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) out.write("\r\u001b[K");
      drawn = false;
    },
  };
};
