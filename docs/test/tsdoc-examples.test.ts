import { describe, expect, it } from "vitest";
import { extractTsdocExamples } from "./tsdoc-examples";

const source = [
  "/**", //                                     1
  " * Parses a date.", //                       2
  " *", //                                      3
  " * @example", //                             4
  " * ```ts", //                                5
  ' * import { parseDate } from "@vnpol/parse";', // 6
  ' * parseDate("ngày 14-1", {}); // day', //   7
  " * ```", //                                  8
  " * @remarks", //                             9
  " * ```ts", //                                10
  " * notAnExample();", //                      11
  " * ```", //                                  12
  " */", //                                     13
  "export const parseDate = () => null;", //    14
  "/** One line. */", //                        15
  "/**", //                                     16
  " * @example Two forms", //                   17
  " * ```typescript", //                        18
  " * a();", //                                 19
  " *", //                                      20
  " *   b();", //                               21
  " * ```", //                                  22
  " */", //                                     23
  "// ```ts outside a doc comment", //          24
].join("\n");

describe("extractTsdocExamples", () => {
  const examples = extractTsdocExamples(source, "packages/parse/src/dates/parse-date.ts");

  it("keeps the ```ts blocks of @example tags, with the line of their first code line", () => {
    expect(examples).toEqual([
      {
        file: "packages/parse/src/dates/parse-date.ts",
        line: 6,
        code: 'import { parseDate } from "@vnpol/parse";\nparseDate("ngày 14-1", {}); // day',
      },
      { file: "packages/parse/src/dates/parse-date.ts", line: 19, code: "a();\n\n  b();" },
    ]);
  });

  it("ignores code under other tags and outside doc comments", () => {
    expect(examples.map((example) => example.code).join("\n")).not.toContain("notAnExample");
  });

  it("finds nothing in a file without doc comments", () => {
    expect(extractTsdocExamples("export const x = 1; // ```ts", "x.ts")).toEqual([]);
  });
});
