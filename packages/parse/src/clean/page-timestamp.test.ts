import { describe, expect, it } from "vitest";
import { endsWithDate, parsePageTimestamp } from "./page-timestamp";

describe("parsePageTimestamp", () => {
  it.each([
    ["22:37 27/12/2022", "22:37 27/12/2022", { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }], // seed 004
    ["12/01/2022 09:20 99 lượt xem", "12/01/2022 09:20", { year: 2022, month: 1, day: 12, hour: 9, minute: 20 }], // seed 003
    ["02/12/2021 |", "02/12/2021", { year: 2021, month: 12, day: 2 }], // seed 002, the site's clock
    ["26-04-2006 00:54:42 GMT +7", "26-04-2006 00:54:42 GMT +7", { year: 2006, month: 4, day: 26, hour: 0, minute: 54 }], // nld p.ngay
    ["27/12/2022 22:37 (GMT+7)", "27/12/2022 22:37 (GMT+7)", { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }],
    ["27/12/2022 UTC+7 x", "27/12/2022 UTC+7", { year: 2022, month: 12, day: 27 }],
    ["23.10.2024 | 16:17 PM", "23.10.2024 | 16:17 PM", { year: 2024, month: 10, day: 23, hour: 16, minute: 17 }],
    ["01.12.2023 | 06:32 PM", "01.12.2023 | 06:32 PM", { year: 2023, month: 12, day: 1, hour: 18, minute: 32 }],
    ["Thứ hai, 27/12/2022 - 22:37", "Thứ hai, 27/12/2022 - 22:37", { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }],
    ["Cập nhật: 29/02/2024 08h05", "Cập nhật: 29/02/2024 08h05", { year: 2024, month: 2, day: 29, hour: 8, minute: 5 }],
  ])("%s → %s", (line, text, value) => {
    const stamp = parsePageTimestamp(line);
    expect(stamp?.text).toBe(text);
    expect(stamp?.value).toEqual(value);
    expect(line.slice(stamp!.start, stamp!.end)).toBe(text);
  });

  it.each([
    "Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị", // a yearless date in a sentence
    "31/02/2022", // no such day
    "29/02/2023", // not a leap year
    "12/13/2022",
    "22:37", // a time alone is no page timestamp
    "2022",
    "",
    "Tin khác",
  ])("%s → null", (line) => {
    expect(parsePageTimestamp(line)).toBeNull();
  });

  it("examples of the documentation hold", () => {
    expect(parsePageTimestamp("26-04-2006 00:54:42 GMT +7")?.value.minute).toBe(54);
  });
});

describe("endsWithDate", () => {
  it.each([
    ["- Khẩn trương đưa các nghị quyết của HĐND tỉnh vào cuộc sống 29.08.2024 | 20:06 PM", true],
    ["Đẩy mạnh toàn diện công cuộc đổi mới (26/04)", true],
    ["Sáng ngày 13/7/2021, Ban Dân vận Trung ương tổ chức Hội nghị", false],
    ["- Hội nghị Ban Thường vụ Tỉnh ủy", false],
  ])("%s → %s", (line, expected) => {
    expect(endsWithDate(line)).toBe(expected);
  });
});
