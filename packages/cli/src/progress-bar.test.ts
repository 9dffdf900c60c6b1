import { describe, expect, it } from "vitest";
import { createProgressBar, wantsProgress } from "./progress-bar";

const screen = () => {
  const out = { text: "", columns: 60, write: (chunk: string) => ((out.text += chunk), true), once: () => out, removeListener: () => out };
  return out;
};

describe("progress bar", () => {
  it("shows only when output is piped, stderr is a terminal and there are many inputs", () => {
    expect(wantsProgress({ stdoutIsTTY: false, stderrIsTTY: true, inputs: 10 })).toBe(true);
    expect(wantsProgress({ stdoutIsTTY: false, stderrIsTTY: true, inputs: 9 })).toBe(false);
    expect(wantsProgress({ stdoutIsTTY: true, stderrIsTTY: true, inputs: 100 })).toBe(false);
    expect(wantsProgress({ stdoutIsTTY: false, stderrIsTTY: false, inputs: 100 })).toBe(false);
  });

  it("redraws in place at most every 100 ms, always draws the end, and erases itself", () => {
    const out = screen();
    let time = 0;
    const bar = createProgressBar(out, 40, () => time);
    bar.update(0, "bai-00.txt");
    time = 50;
    bar.update(1, "bai-01.txt"); // too soon: skipped
    time = 150;
    bar.update(20, "bai-20.txt");
    bar.update(40, "");
    bar.finish();
    const frames = out.text.split("\r").filter(Boolean);
    expect(frames).toEqual([
      "[------------------------]  0/40 bai-00.txt\u001b[K",
      "[############------------] 20/40 bai-20.txt\u001b[K",
      "[########################] 40/40 \u001b[K",
      "\u001b[K",
    ]);
  });

  it("fits a long label into the terminal's width", () => {
    const out = screen();
    createProgressBar(out, 10).update(1, "x".repeat(200));
    expect(out.text.replace("\u001b[K", "").length).toBe(60);
  });
});
