import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, findDatesReadingEveryWord } from "./find-dates";
import { HEAVENLY_STEMS, MONTH_WORDS, PART_OF_DAY_WORDS, PART_OF_MONTH_DAYS, PART_OF_YEAR_MONTHS, QUARTER_LEADS, QUARTER_WORDS, WEEKDAY_WORDS } from "./date-words";
import { TET_NAMES } from "./lunar";
import { PART_OF_DAY_SHIFTS } from "./part-of-day";
import { RELATIVE_SHIFTS } from "./relative";
import { WORD_CUES } from "./word-cues";

// findDates reads only the words around digits and cues (scan.ts); reading every word of the
// normalised text is the reference. The two must find the same dates on any text: here text
// built from the words of every form, cue and modifier, with the spacing, entities and
// look-alike characters that make the scan read the normalised text instead.
const WORDS = [
  ...WORD_CUES.flatMap((cue) => [cue.word, ...cue.next]),
  ...[PART_OF_DAY_WORDS, PART_OF_DAY_SHIFTS, RELATIVE_SHIFTS, PART_OF_MONTH_DAYS, WEEKDAY_WORDS].flatMap((table) => Object.keys(table)),
  ...TET_NAMES,
  ...["ngày", "tháng", "năm", "quý", "từ", "đến", "tới", "lúc", "giờ", "phút", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng", "sớm"],
  ...["thứ", "hai", "ba", "tư", "bảy", "chủ", "nhật", "CN", "mùng", "mồng", "rằm", "Tết", "Nguyên", "đán", "âm", "lịch", "Giêng", "Chạp"],
  ...["nhiệm", "kỳ", "giai", "đoạn", "học", "những", "các", "đầu", "giữa", "cuối", "nửa", "thượng", "hạ", "tuần", "Nhâm", "Dần", "Giáp", "Thìn"],
  ...["Hội", "nghị", "tỉnh", "người", "và", "của", "họp", "khóa", "XV", "QĐ", "NĐ-CP", "TU", "h", "g", "PM", "GMT+7"],
  ...[...QUARTER_LEADS, "hôm", "này", "nay", "ngoái", "lễ", "dịp", "Quốc", "tế", "Lao", "động", "Thiếu", "nhi", "cùng", "chỉ", "tiêu", "số", "hoặc"],
  ...["mấy", "vài", "mới", "Khmer", "Chôl", "Chnăm", "Thmây", "của", "cổ", "truyền"],
];
const NUMBERS = ["1", "3", "7", "9", "10", "12", "14", "20", "21", "27", "29", "30", "31", "2021", "2022", "2026", "1990", "138", "2.000", "04.32"];
const GLUE = [" ", " ", " ", ", ", " (", ")", "/", "-", " - ", ".", ":", "h", "g", " | ", "\n", "  ", "&nbsp;", "&amp;", "\u00a0", "\u0300", "Ð"];
// Every whole form written without digits, from the parsers' tables ("sáng sớm hôm qua",
// "hạ tuần tháng Năm"), so that each is met often: the cue table must find them all.
const keys = (table: object) => Object.keys(table);
const MONTHS = keys(MONTH_WORDS);
const PAIRS = [
  ...keys(RELATIVE_SHIFTS),
  ...keys(PART_OF_DAY_WORDS).flatMap((part) => keys(PART_OF_DAY_SHIFTS).map((day) => `${part} ${day}`)),
  ...MONTHS.map((month) => `tháng ${month}`),
  ...keys(PART_OF_MONTH_DAYS).flatMap((part) => MONTHS.map((month) => `${part} tháng ${month}`)),
  ...keys(PART_OF_YEAR_MONTHS).flatMap((part) => [`${part} năm`, `nửa ${part} năm`, `sáu tháng ${part} năm nay`]),
  ...QUARTER_LEADS.flatMap((lead) => keys(QUARTER_WORDS).map((quarter) => `${lead} ${quarter}`)),
  ...TET_NAMES.map((name) => `Tết ${name}`),
  ...HEAVENLY_STEMS.map((stem) => `Tết ${stem} Dần`),
  ...MONTHS.map((month) => `rằm tháng ${month}`),
];
const cased = (words: readonly string[]) => fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)));
const token = fc.oneof(
  { weight: 3, arbitrary: cased(WORDS) },
  { weight: 2, arbitrary: cased(PAIRS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
);
const glue = fc.oneof({ weight: 6, arbitrary: fc.constant(" ") }, { weight: 3, arbitrary: fc.constantFrom(...GLUE) });
const text = fc.array(fc.tuple(token, glue), { maxLength: 40 }).map((parts) => parts.flat().join(""));
const refs = fc.constantFrom(undefined, "2022-12-27", "2021-01-03");

// VNPOL_EQUIVALENCE_RUNS runs many more cases; the time allowed grows with them (about 0.1 ms a case).
const RUNS = Number(process.env.VNPOL_EQUIVALENCE_RUNS ?? 3000);

describe("findDates reads only around digits and cues", () => {
  it("finds what reading every word finds, on text made of the words of every form", { timeout: Math.max(5_000, RUNS) }, () => {
    fc.assert(
      fc.property(text, refs, (input, ref) => {
        const options = ref === undefined ? {} : { ref };
        expect(findDates(input, options)).toEqual(findDatesReadingEveryWord(input, options));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ["a cue after two spaces", "Cuối  năm nay, tỉnh tổ chức"],
    ["an entity inside a cue", "năm&nbsp;nay và sáng&nbsp;20/5"],
    ["a harmless entity away from a date", "Q&amp;A: Sáng 20/5, Hội nghị"],
    ["a harmless entity beside a date", "Sáng 20/5&amp;21/5"],
    ["a long run of modifiers", "Rạng sáng Chủ nhật, ngày mùng 3 tháng 9 năm 2023"],
    ["a part of day of two words and a day", "Sáng sớm nay, đoàn đến; rạng sáng qua, mưa"],
    ["a number glued to letters", "QĐ12/5 và ngày 12/5"],
    ["two spaces a word past where reading stops", "tháng này 04.32 đầu tháng tám  này "],
  ])("%s", (_, input) => {
    expect(findDates(input, { ref: "2023-09-03" })).toEqual(findDatesReadingEveryWord(input, { ref: "2023-09-03" }));
  });
});
