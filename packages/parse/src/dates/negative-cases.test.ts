import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";
import { parseDate } from "./parse-date";

// What looks like a date and is not one: each line is the text and why it is not a date.
const NOT_DATES: [string, string][] = [
  ["Quyết định số 269-QĐ/TU", "a Party document number"],
  ["Nghị định 30/2020/NĐ-CP", "a state document number"],
  ["Luật số 01/2002/QH11", "01/2002 inside a law number"],
  ["Thông tư số 03/2019/TT-BNV", "a circular number"],
  ["Hoàn thành 138/138 nhà ở", "a ratio"],
  ["4/4 thôn đạt chuẩn", "a ratio of villages"],
  ["có 137/153 hộ dân ký", "a ratio of households"],
  ["tương đương 1/4 ngân sách", "a fraction"],
  ["có từ 2/3 tổng số đại biểu", "a fraction after a cue word"],
  ["tra từ 6-10 lượt", "a count after a cue word"],
  ["tần xuất từ 5-6 chuyến bay/ngày", "a count of trips (corpus)"],
  ["quy mô từ 2-8 làn xe", "a count of lanes (corpus)"],
  ["từ 2-3 mức", "a count of levels"],
  ["đội chủ nhà thắng 2-1", "a score"],
  ["tỷ số 3:0", "a score"],
  ["Tỷ lệ sinh viên/lớp học: 1:17-Sinh viên", "a ratio after its label (corpus)"],
  ["tăng 4/5%", "a percentage"],
  ["điện thoại 04.32 818 818", "a phone number"],
  ["phiên bản 2.10.3", "a version"],
  ["biển số 16H 35-22", "a number plate"],
  ["đặt tại 5-7-9 Nguyễn Trung Trực", "a street address"],
  ["Quốc hội khóa XV", "a legislature"],
  ["Kỳ họp thứ 7", "the seventh session, not Saturday"],
  ["Đại hội toàn quốc lần thứ sáu", "an ordinal"],
  ["trong 3 ngày", "a duration"],
  ["sau 10 năm", "a duration"],
  ["kỷ niệm 75 năm ngày thành lập", "an anniversary count"],
  ["trong 3 giờ", "a duration in hours"],
  ["mất 2h để đi", "a duration in hours"],
  ["mất đúng 2 giờ để đi", "a length, even after đúng (exactly)"],
  ["phục vụ 24h", "round the clock"],
  ["trực 24/24h", "round the clock"],
  ["lúc 25:70", "a time that does not exist"],
  ["ngày 31/2", "a date that does not exist"],
  ["ngày 29/2/2021", "29 February in a common year"],
  ["31/4/2022", "31 April"],
  ["chiều sâu, chất lượng", "chiều as a noun (depth)"],
  ["sáng kiến, sáng tạo", "sáng inside other words"],
  ["Hội nghị Trung ương 9 khóa XIII", "a plenum number"],
  ["mưa 50-100mm/24h", "rainfall per day"],
  ["giá 2.000 USD", "a price"],
  ["1900-1800", "two numbers, the second smaller"],
  ["Nghị quyết 01/2021 của Chính phủ", "a short document number, not January 2021"],
  ["tăng 10.30 lần", "a decimal"],
  ["địa chỉ số 156/7 Lê Đình Cẩn", "a house number"],
  ["gia hạn thêm 3-6 tháng", "a span of months"],
  ["định kỳ 3-6 tháng 1 lần", "every three to six months, not 3-6 January"],
  ["từ 2 đến 3 tháng một lần", "once every two or three months"],
  ["từ đầu năm học", "the school year, not the calendar year"],
  ["13/2015-2016", "no thirteenth month before a period of years"],
  ["từ 20- 30 SV/1 GV", "a span of numbers with a spaced dash, with no ngày before it"],
  ["10/1986-2/1989/QĐ", "numbers of a document, not a career's years"],
];

describe("negative cases: not dates", () => {
  it.each(NOT_DATES)("%s (%s)", (text) => {
    expect(findDates(text)).toEqual([]);
    expect(findDates(text, { ref: "2022-12-27" })).toEqual([]);
  });

  it("finds the date but not the document number in 'Quyết định số 269-QĐ/TU, 30/11/2021'", () => {
    expect(findDates("Quyết định số 269-QĐ/TU, 30/11/2021").map((m) => m.text)).toEqual(["30/11/2021"]);
  });

  it.each(["138/138", "4/4 thôn", "Kỳ họp thứ 7", "25:70", "31/2", "trong 3 ngày", "khóa XV"])("parseDate(%s) is null", (text) => {
    expect(parseDate(text)).toBeNull();
  });
});
