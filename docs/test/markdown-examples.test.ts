import { describe, expect, it } from "vitest";
import { extractMarkdownExamples } from "./markdown-examples";

const guide = [
  "# Dates", //                                         1
  "", //                                                2
  "```ts", //                                           3
  'import { findDates } from "@vnpol/parse";', //       4
  'findDates("Sáng 27/12");', //                        5
  "```", //                                             6
  "", //                                                7
  "```ts signature", //                                 8
  "findDates(text: string): DateMention[]", //          9
  "```", //                                             10
  "````md", //                                          11
  "```ts", //                                           12
  "shownInsideAnotherFence();", //                      13
  "```", //                                             14
  "````", //                                            15
  "```typescript", //                                   16
  "run();", //                                          17
  "```", //                                             18
].join("\n");

describe("extractMarkdownExamples", () => {
  it("keeps bare ```ts and ```typescript blocks, with the line of their first code line", () => {
    expect(extractMarkdownExamples(guide, "docs/dates.md")).toEqual([
      { file: "docs/dates.md", line: 4, code: 'import { findDates } from "@vnpol/parse";\nfindDates("Sáng 27/12");' },
      { file: "docs/dates.md", line: 17, code: "run();" },
    ]);
  });

  it("skips ```ts signature blocks and code shown inside a longer fence", () => {
    const code = extractMarkdownExamples(guide, "docs/dates.md").map((example) => example.code).join("\n");
    expect(code).not.toContain("DateMention[]");
    expect(code).not.toContain("shownInsideAnotherFence");
  });
});
