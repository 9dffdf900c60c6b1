import { DateMention } from "@vnpol/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";
import type { DateMention as DateMentionType } from "@vnpol/schema";

// Pieces of real date text, to build strings that reach every parser and refiner.
const FRAGMENTS = [
  "ngày ", "Ngày ", "tháng ", "năm ", "quý ", "từ ", " đến ", "sáng ", "chiều ", "tối ", "đêm ", "hôm qua", "hôm nay", "năm ngoái",
  "Tết Nguyên đán", "mùng ", "rằm tháng Giêng", " âm lịch", "thứ Hai", "Chủ nhật", "nhiệm kỳ ", "giai đoạn ", "lúc ", "giờ ", "h", "g",
  "phút", " | ", " PM", " AM", "(", ")", "/", "-", ".", ":", ", ", " ", "\n", "&nbsp;", "\u00a0", "\u0300", "  ", "6 tháng đầu năm ",
  "đầu năm", "cuối tháng ", "2021", "2026", "1", "12", "27", "31", "29", "0", "9", "24", "25:70", "30/2020/NĐ-CP", "269-QĐ/TU", "😀",
];
const dateLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(""));
const refs = fc.constantFrom(undefined, "2022-12-27", "2021-01-03", "2023-02-28T23:30:00Z", "not a date");

const checkMentions = (text: string, found: DateMentionType[]) => {
  let last = -1;
  for (const m of found) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    last = m.end;
    const parsed = DateMention.safeParse(m);
    expect(parsed.success, JSON.stringify({ m, issues: parsed.error?.issues })).toBe(true);
  }
};

describe("findDates properties", () => {
  it("never throws on any string, full Unicode included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), refs, (text, ref) => {
        checkMentions(text, findDates(text, ref === undefined ? {} : { ref }));
      }),
      { numRuns: 200 },
    );
  });

  it("slices the input to each mention's text, in order, and validates against the schema", () => {
    fc.assert(
      fc.property(dateLike, refs, (text, ref) => {
        checkMentions(text, findDates(text, ref === undefined ? {} : { ref }));
      }),
      { numRuns: 400 },
    );
  });

  // CPU seconds of this process, so that other work on a shared machine does not count.
  const cpuSeconds = (run: () => void): number => {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };

  it("is linear: 1 MB of digits, slashes, dots and 'ngày ' takes well under two seconds", () => {
    const unit = "ngày 1/2/3.4.5-6/7 12:3 ngày 31/12/2021 1-2-3/4/5 tháng 1/ năm 2 9h9 từ 1 đến ";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    findDates(text.slice(0, 50_000)); // let the JIT compile the scanner first: throughput, not start-up, is measured
    let found = 0;
    const seconds = cpuSeconds(() => {
      found = findDates(text).length;
    });
    console.info(`findDates on 1 MB of adversarial text: ${seconds.toFixed(2)} CPU s, ${found} mentions`);
    expect(found).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(2);
  });

  it("is linear on one long run without spaces or with every separator", () => {
    for (const text of ["1/".repeat(50_000), "1".repeat(100_000), "ngày ".repeat(20_000), "1.1-1:1/".repeat(12_000), "từ 1 đến ".repeat(10_000)]) {
      expect(cpuSeconds(() => findDates(text))).toBeLessThan(0.5);
    }
  });
});
