import fc from "fast-check";
import { Span, Term } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { expectLinearTime } from "../../test/linear-time";
import { VnpolParseError } from "../errors";
import { normalize } from "../normalize";
import { findTerms, parseTerm, parseTermOrThrow } from "./find-terms";

describe("parseTerm", () => {
  it.each([
    ["nhiệm kỳ 2021 - 2026", { startYear: 2021, endYear: 2026, ordinal: null }],
    ["nhiệm kỳ 2020-2025", { startYear: 2020, endYear: 2025, ordinal: null }],
    ["nhiệm kỳ 2022 – 2027", { startYear: 2022, endYear: 2027, ordinal: null }],
    ["khóa XV", { startYear: null, endYear: null, ordinal: 15 }],
    ["khoá XIII", { startYear: null, endYear: null, ordinal: 13 }],
    ["Đại hội XIII", { startYear: null, endYear: null, ordinal: 13 }],
    ["Đại hội Đảng X", { startYear: null, endYear: null, ordinal: 10 }],
    ["lần thứ XIV", { startYear: null, endYear: null, ordinal: 14 }],
    ["  lần thứ IX ", { startYear: null, endYear: null, ordinal: 9 }],
  ])("reads %j", (expression, term) => {
    expect(parseTerm(expression)).toEqual(term);
  });

  it.each(["khóa XV của Quốc hội", "nhiệm kỳ", "khóa học", "lần thứ 2", "giai đoạn 2022 - 2026", ""])("gives null for %j", (expression) => {
    expect(parseTerm(expression)).toBeNull();
  });

  it("throws a VnpolParseError that says what was expected", () => {
    expect(parseTermOrThrow("khóa XIII").ordinal).toBe(13);
    expect(() => parseTermOrThrow("khóa học")).toThrow(VnpolParseError);
    expect(() => parseTermOrThrow("khóa học")).toThrow(/nhiệm kỳ 2021 - 2026/u);
  });
});

describe("findTerms", () => {
  it("gives offsets into the input as written (decomposed letters, NBSP)", () => {
    const input = "Quốc hội khoá XV\u00a0nhiệm kỳ 2021 - 2026".normalize("NFD");
    const found = findTerms(input);
    expect(found.map((m) => [m.ordinal, m.startYear])).toEqual([
      [15, null],
      [null, 2021],
    ]);
    for (const m of found) expect(input.slice(m.start, m.end)).toBe(m.text);
  });

  it("never throws, slices the input and validates against the schemas", () => {
    const pieces = fc.constantFrom("khóa ", "khoá ", "XV", "XIII", "IIII", "nhiệm kỳ ", "2021", " - ", "2026", "lần thứ ", "Đại hội ", "\u00a0", "&amp;", " ", "\n", "ủy", "a");
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const input = parts.join("");
        for (const m of findTerms(input)) {
          expect(input.slice(m.start, m.end)).toBe(m.text);
          Span.parse({ start: m.start, end: m.end, text: m.text });
          Term.parse({ startYear: m.startYear, endYear: m.endYear, ordinal: m.ordinal });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same terms for old-style tone marks and for NFD input", () => {
    const pieces = fc.constantFrom("khóa ", "khoá ", "XV", "nhiệm kỳ ", "2021", " - ", "2026", "lần thứ ", "Đại hội ", "XIII", "hòa ", "ủy ", " ");
    const meaning = (input: string) => findTerms(input).map(({ start, end, text, ...term }) => term);
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const input = parts.join("");
        // The old-style pass also decodes entities, which would decode `&amp;lt;` twice.
        if (!input.includes("&")) expect(meaning(normalize(input, { toneStyle: "old" }))).toEqual(meaning(input));
        expect(meaning(input.normalize("NFD"))).toEqual(meaning(input));
      }),
      { numRuns: 200 },
    );
  });

  it("stays linear on adversarial input", () => {
    expectLinearTime(findTerms, "khóa X nhiệm kỳ 2021 - lần thứ Đại hội ", 3000);
  });
});
