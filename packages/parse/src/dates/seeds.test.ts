import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";

// The five seed articles live outside the repository, beside it: ../shared/seeds.
const SEEDS = fileURLToPath(new URL("../../../../../shared/seeds/", import.meta.url));
const present = existsSync(SEEDS);
const seed = (prefix: string) => readFileSync(`${SEEDS}${readdirSync(SEEDS).find((f) => f.startsWith(prefix))}`, "utf8");

// The publication day of each seed, from its own dateline or first date.
const CASES: [string, string, [string, unknown][]][] = [
  ["000", "2022-01-10", [["nhiệm kỳ 2021 - 2026", { start: { year: 2021 }, end: { year: 2026 } }], ["23.10.2024 | 16:17 PM", { year: 2024, month: 10, day: 23, hour: 16, minute: 17 }], ["03.02.2024 | 07:38 AM", { year: 2024, month: 2, day: 3, hour: 7, minute: 38 }], ["tết Nguyên đán", { year: 2022, month: 2, day: 1 }]]],
  ["001", "2021-01-14", [["Ngày 14-1", { year: 2021, month: 1, day: 14 }], ["năm 2020", { year: 2020 }]]],
  ["002", "2021-07-13", [["Sáng ngày 13/7/2021", { year: 2021, month: 7, day: 13 }], ["6 tháng đầu năm 2021", { start: { year: 2021, month: 1 }, end: { year: 2021, month: 6 } }], ["6 tháng cuối năm 2021", { start: { year: 2021, month: 7 }, end: { year: 2021, month: 12 } }], ["nhiệm kỳ 2021-2026", { start: { year: 2021 }, end: { year: 2026 } }], ["ngày 16/3/2021", { year: 2021, month: 3, day: 16 }], ["sáng nay", { year: 2021, month: 7, day: 13 }]]],
  ["003", "2022-01-12", [["12/01/2022 09:20", { year: 2022, month: 1, day: 12, hour: 9, minute: 20 }], ["Ngày 6/1", { year: 2022, month: 1, day: 6 }], ["nhiệm kỳ 2022 – 2027", { start: { year: 2022 }, end: { year: 2027 } }]]],
  ["004", "2022-12-27", [["22:37 27/12/2022", { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }], ["Sáng ngày 27/12", { year: 2022, month: 12, day: 27 }], ["30/11/2021", { year: 2021, month: 11, day: 30 }], ["giai đoạn 2022 - 2026", { start: { year: 2022 }, end: { year: 2026 } }]]],
];

describe.skipIf(!present)("seed articles (../shared/seeds)", () => {
  it.each(CASES)("seed %s (ref %s) has its dates right", (prefix, ref, expected) => {
    const text = seed(prefix);
    const found = findDates(text, { ref });
    for (const [span, value] of expected) expect(found.find((m) => m.text === span)?.value, span).toEqual(value);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("finds no date in the document numbers, ratios and sessions of the seeds", () => {
    const texts = found("000").concat(found("003"), found("004"));
    for (const text of ["Kỳ họp thứ 7", "Kỳ họp thứ 8", "138/138", "269-QĐ/TU", "khóa XV", "99 lượt"]) expect(texts.some((t) => t.includes(text))).toBe(false);
  });
});

const found = (prefix: string) => findDates(seed(prefix)).map((m) => m.text);

if (!present) console.warn(`seed articles not found at ${SEEDS}: the seed tests are skipped`);
