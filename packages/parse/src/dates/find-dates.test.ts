import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";

/** The one mention found in `text`, without its offsets. */
const only = (text: string, ref?: string) => {
  const found = findDates(text, ref === undefined ? {} : { ref });
  expect(found).toHaveLength(1);
  const { text: span, value, grain, partOfDay, calendar, lunar } = found[0]!;
  return { span, value, grain, partOfDay, calendar, lunar };
};

describe("numeric dates", () => {
  it.each([
    ["Sáng ngày 13/7/2021, Ban Dân vận", "Sáng ngày 13/7/2021", { year: 2021, month: 7, day: 13 }],
    ["Kết luận số 08-KL/TW, ngày 02/8/2011 của Ban Bí thư", "ngày 02/8/2011", { year: 2011, month: 8, day: 2 }],
    ["các dự án luật 27.12.2022 tại", "27.12.2022", { year: 2022, month: 12, day: 27 }],
    ["hưởng từ ngày 1-10-2004", "ngày 1-10-2004", { year: 2004, month: 10, day: 1 }],
    ["ngày 20/5/05 tại Hà Nội", "ngày 20/5/05", { year: 2005, month: 5, day: 20 }],
    // a dash with a space after it, after ngày (corpus)
    ["thông nước vào ngày 18- 4- 2005.", "ngày 18- 4- 2005", { year: 2005, month: 4, day: 18 }],
  ])("%s → %s", (text, span, value) => {
    expect(only(text)).toMatchObject({ span, value, grain: "day", calendar: "solar" });
  });

  it("fills the year of Ngày 14-1 from an article of January 2021 (seed 001)", () => {
    expect(only("Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức", "2021-01-14").value).toEqual({ year: 2021, month: 1, day: 14 });
  });

  it("puts 27/12 in last year for an article of 3 January", () => {
    expect(only("Ngày 27/12, hội nghị", "2023-01-03").value).toEqual({ year: 2022, month: 12, day: 27 });
  });

  it("keeps the year unknown without ref", () => {
    expect(only("Ngày 6/1, Mặt trận Tổ quốc").value).toEqual({ month: 1, day: 6 });
  });

  it("reads a Date or an ISO date-time as a day in Vietnam (UTC+7)", () => {
    expect(only("Ngày 27/12, hội nghị", "2023-01-02T20:00:00Z").value).toEqual({ year: 2022, month: 12, day: 27 });
    expect(findDates("Ngày 27/12", { ref: new Date(Date.UTC(2022, 11, 30)) })[0]?.value).toEqual({ year: 2022, month: 12, day: 27 });
  });
});

describe("dates listed together", () => {
  it("gives ngày 4 in 'ngày 4 và 5/7/2006' the month and year of the 5th", () => {
    expect(findDates("ngày 4 và 5/7/2006 thi ĐH").map((m) => m.value)).toEqual([
      { year: 2006, month: 7, day: 4 },
      { year: 2006, month: 7, day: 5 },
    ]);
  });

  it("lets the cue of 30/4 carry over to 1/5 in 'dịp 30/4 và 1/5'", () => {
    expect(findDates("dịp 30/4 và 1/5 nên").map((m) => m.text)).toEqual(["30/4", "1/5"]);
  });

  const listed = (text: string, ref?: string) =>
    findDates(text, ref === undefined ? {} : { ref }).map((m) => [m.text, m.value, m.partOfDay ?? null]);

  it("dates each bare day of a list by the date that ends it", () => {
    expect(listed("được nghỉ các ngày 14, 15 và 16-4. Toàn tỉnh")).toEqual([
      ["ngày 14", { month: 4, day: 14 }, null],
      ["15", { month: 4, day: 15 }, null],
      ["16-4", { month: 4, day: 16 }, null],
    ]);
    expect(listed("ngay từ hôm 28, 29-4 hàng trăm nhà nghỉ", "2006-05-02")).toEqual([
      ["hôm 28", { year: 2006, month: 4, day: 28 }, null],
      ["29-4", { year: 2006, month: 4, day: 29 }, null],
    ]);
    expect(listed("còn 2 ngày (9 và 10-6) so với")).toEqual([
      ["9", { month: 6, day: 9 }, null],
      ["10-6", { month: 6, day: 10 }, null],
    ]);
  });

  it("keeps the part of day that opens a list of days with the first", () => {
    expect(listed("Riêng 2 đêm 7 và 11/3, con voi")).toEqual([
      ["đêm 7", { month: 3, day: 7 }, "night"],
      ["11/3", { month: 3, day: 11 }, null],
    ]);
  });

  it("reads a range of hours whose first end is on the hour and the second within it (`từ 11h đến 11h30`)", () => {
    const ranges = (text: string) => findDates(text).map((m) => [m.text, m.value]);
    expect(ranges("duyệt nhanh này chỉ làm việc từ 11h đến 11h30 từ thứ hai")[0]).toEqual(["từ 11h đến 11h30", { start: { hour: 11 }, end: { hour: 11, minute: 30 } }]);
    // out of order, still two times
    expect(ranges("từ 11h30 đến 11h").map(([text]) => text)).toEqual(["11h30", "11h"]);
  });

  it("reads a decade after thập niên or thập kỷ, not a part of one nor one in two digits", () => {
    const decade = (text: string) => findDates(text).map((m) => [m.text, m.value]);
    expect(decade("trong thập niên 1990, kinh tế")).toEqual([["thập niên 1990", { start: { year: 1990 }, end: { year: 1999 } }]]);
    expect(decade("suốt thập kỷ 1960 đó")).toEqual([["thập kỷ 1960", { start: { year: 1960 }, end: { year: 1969 } }]]);
    // corpus: a part of the decade, and a decade with no century
    expect(decade("Kể từ cuối thập kỷ 1990, thị trường")).toEqual([]);
    expect(decade("Vào những năm đầu của thập niên 1860 tức giữa")).toEqual([]);
    expect(decade("đưa quân vào Việt Nam ở thập kỷ 60 của thế kỷ trước")).toEqual([]);
  });

  it("gives a list of months the year of the last, never the reference year", () => {
    expect(listed("trong các tháng 5, 6 và 7-2005. Chỉ", "2021-05-10")).toEqual([
      ["tháng 5", { year: 2005, month: 5 }, null],
      ["6", { year: 2005, month: 6 }, null],
      ["7-2005", { year: 2005, month: 7 }, null],
    ]);
    expect(listed("vào thời điểm tháng 8 và tháng 9/2005", "2021-05-10").map(([, value]) => value)).toEqual([
      { year: 2005, month: 8 },
      { year: 2005, month: 9 },
    ]);
    // corpus: the year written as a word after the last month
    expect(listed("trong hai tháng 3 và 4 năm 2020, tỉnh", "2021-05-10")).toEqual([
      ["tháng 3", { year: 2020, month: 3 }, null],
      ["4 năm 2020", { year: 2020, month: 4 }, null],
    ]);
    // no month list without `tháng`, nor a month above 12
    expect(listed("trong 3 và 4 năm 2020", "2021-05-10").map(([text]) => text)).toEqual(["năm 2020"]);
    expect(listed("tháng 3 và 14 năm 2020", "2021-05-10").map(([text]) => text)).toEqual(["tháng 3", "năm 2020"]);
  });

  it("reads no list whose numbers do not rise, or that no day word opens", () => {
    expect(listed("ngày 15, 14 và 16-4")).toEqual([["ngày 15", { day: 15 }, null]]);
    expect(listed("có 14, 15 và 16-4 tới")).toEqual([]);
    expect(listed("các ngày 30, 31 và 1/3")).toEqual([["ngày 30", { day: 30 }, null]]);
  });

  it("lets a date listed after a place share the cue of the first (ngày 20/2 tại Đà Nẵng và 22/2)", () => {
    expect(listed("họp vào ngày 20/2 tại Đà Nẵng và 22/2 tại Nakhon Phanom").map(([text]) => text)).toEqual(["ngày 20/2", "22/2"]);
    expect(listed("vào ngày 12-1 (Bình Dương) và 14-1 (Hà Nội) để").map(([text]) => text)).toEqual(["ngày 12-1", "14-1"]);
  });

  it("does not carry a cue across a number, a clause or another form (ngày 20/2 … và 2/3)", () => {
    expect(listed("ngày 20/2 có 5 xã và 22/2 tới").map(([text]) => text)).toEqual(["ngày 20/2"]);
    expect(listed("ngày 20/2. Tại Đà Nẵng và 22/2 tới").map(([text]) => text)).toEqual(["ngày 20/2"]);
    expect(listed("ngày 20/2 tại Đà Nẵng và 22-2 tới").map(([text]) => text)).toEqual(["ngày 20/2"]);
    expect(listed("ngày 20/2 tại Đà Nẵng và 2/9 tới").map(([text]) => text)).toEqual(["ngày 20/2"]);
  });
});

describe("holidays named before their date", () => {
  it.each([
    ["ngày Quốc tế Lao động 1/5.", "1/5", { month: 5, day: 1 }],
    ["ngày Quốc tế Lao động 1.5, các địa phương", "1.5", { month: 5, day: 1 }],
    ["nhân ngày Quốc tế Thiếu nhi 1/6, anh", "1/6", { month: 6, day: 1 }],
    ["trong dịp nghỉ lễ 30.4 và", "30.4", { month: 4, day: 30 }],
    ["các ngày nghỉ lễ dài 30/4 hằng năm", "30/4", { month: 4, day: 30 }],
  ])("%s", (text, span, value) => {
    expect(only(text)).toMatchObject({ span, value });
  });

  it("reads chỉ after a date as a unit only before tiêu or vàng (sáng 6/1 chỉ còn is a date)", () => {
    expect(only("đến sáng 6/1 chỉ còn bốn sạp")).toMatchObject({ span: "sáng 6/1", value: { month: 1, day: 6 } });
    expect(findDates("vào 3/5 chỉ tiêu, từ 1/2 chỉ vàng")).toEqual([]);
  });

  it("reads no date where the name and the day disagree, or where a date names a place or a past event", () => {
    expect(findDates("ngày Quốc tế Lao động 1/6 tới")).toEqual([]);
    expect(findDates("trong dịp 10.5 tới")).toEqual([]);
    expect(findDates("và Công viên 30/4 (thị xã Châu Đốc)")).toEqual([]);
    expect(findDates("góp phần làm nên chiến thắng 30/4.", { ref: "2006-04-30" })).toEqual([]);
  });
});

describe("career lines and years named in words", () => {
  it("reads a month and year before the colon of a career line, not a document number", () => {
    expect(only("khóa VIII. 4/2001: Tại Đại hội")).toMatchObject({ span: "4/2001", value: { year: 2001, month: 4 }, grain: "month" });
    expect(only("Bắc Thái. 11/1986-2/1989: Bí thư")).toMatchObject({ span: "11/1986-2/1989", value: { start: { year: 1986, month: 11 }, end: { year: 1989, month: 2 } } });
    expect(findDates("Quyết định số 05/2006: về việc")).toEqual([]);
  });

  it("reads d/m năm nay and năm ngoái against ref, and a dashed pair before năm nay as years", () => {
    expect(only("cho biết, 1/10 năm nay tiếp tục", "2005-06-01")).toMatchObject({ span: "1/10 năm nay", value: { year: 2005, month: 10, day: 1 } });
    expect(only("ngày lễ 2/9 năm ngoái số", "2005-06-01")).toMatchObject({ span: "2/9 năm ngoái", value: { year: 2004, month: 9, day: 2 } });
    expect(only("cho biết, 1/10 năm nay tiếp tục").value).toEqual({ month: 10, day: 1 });
    expect(findDates("Theo người dân ở đây, 4-5 năm nay, đoàn xe", { ref: "2005-06-01" })).toEqual([]);
  });
});

describe("dates in words", () => {
  it.each([
    ["ngày 6 tháng 1 năm 2022", { year: 2022, month: 1, day: 6 }],
    ["mồng 2 tháng 9", { month: 9, day: 2 }],
    ["ngày mùng 3", { day: 3 }],
  ])("%s", (text, value) => {
    expect(only(text).value).toEqual(value);
  });
});

describe("times", () => {
  it.each([
    ["12/01/2022 09:20 99 lượt xem", "12/01/2022 09:20", { year: 2022, month: 1, day: 12, hour: 9, minute: 20 }],
    ["EmailPrintAa 22:37 27/12/2022", "22:37 27/12/2022", { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }],
    ["luật 23.10.2024 | 16:17 PM", "23.10.2024 | 16:17 PM", { year: 2024, month: 10, day: 23, hour: 16, minute: 17 }],
    ["Đảng 03.02.2024 | 07:38 AM", "03.02.2024 | 07:38 AM", { year: 2024, month: 2, day: 3, hour: 7, minute: 38 }],
    ["19:0 | 5/3/2023", "19:0 | 5/3/2023", { year: 2023, month: 3, day: 5, hour: 19, minute: 0 }],
    ["lúc 14 giờ ngày 20/7", "lúc 14 giờ ngày 20/7", { month: 7, day: 20, hour: 14 }],
    ["Khoảng 9h30 sáng", "9h30 sáng", { hour: 9, minute: 30 }],
    ["khoảng 21h cùng ngày", "21h cùng ngày", { hour: 21 }],
    ["3 giờ chiều", "3 giờ chiều", { hour: 15 }],
    ["lúc 8 giờ 30 phút", "lúc 8 giờ 30 phút", { hour: 8, minute: 30 }],
    ["10:30 (GMT+7)", "10:30 (GMT+7)", { hour: 10, minute: 30 }],
    ["03:54 AM", "03:54 AM", { hour: 3, minute: 54 }],
  ])("%s → %s", (text, span, value) => {
    expect(only(text)).toMatchObject({ span, value, grain: "minute" });
  });

  it("reads an hour before cùng ngày as a clock time, even after a word of length", () => {
    expect(only("Mãi đến 13 giờ cùng ngày ngọn lửa")).toMatchObject({ span: "13 giờ cùng ngày", value: { hour: 13 } });
    expect(only("Khoảng 13g cùng ngày, phóng viên")).toMatchObject({ span: "13g cùng ngày", value: { hour: 13 } });
    expect(findDates("Mãi đến 13 giờ ngọn lửa")).toEqual([]);
  });

  it("dates cùng ngày (the same day) by the last day the text named before it, never by ref", () => {
    const text = "Sáng 5/3, đoàn đến Hà Nội. Chiều cùng ngày, đoàn làm việc với Bộ. Lúc 20 giờ cùng ngày, đoàn về. Cùng ngày, Bộ họp";
    expect(findDates(text, { ref: "2008-03-06" }).map((m) => [m.text, m.value, m.grain, m.partOfDay])).toEqual([
      ["Sáng 5/3", { year: 2008, month: 3, day: 5 }, "day", "morning"],
      ["Chiều cùng ngày", { year: 2008, month: 3, day: 5 }, "day", "afternoon"],
      ["Lúc 20 giờ cùng ngày", { year: 2008, month: 3, day: 5, hour: 20 }, "minute", undefined],
      ["Cùng ngày", { year: 2008, month: 3, day: 5 }, "day", undefined],
    ]);
    // A later day moves it on; without ref the day keeps no year.
    expect(findDates("Ngày 1-11, bệnh nhân vào viện. Ngày 2-11, bệnh nhân được chuyển. Đến trưa cùng ngày, bạch cầu giảm").at(-1)).toMatchObject({
      text: "trưa cùng ngày",
      value: { month: 11, day: 2 },
      partOfDay: "noon",
    });
  });

  it("dates cùng ngày by no deadline, holiday's name or day to come (corpus)", () => {
    const last = (text: string) => findDates(text, { ref: "2005-09-03" }).at(-1);
    expect(last("Sáng 1/9 mít tinh mừng Quốc khánh 2/9. Cùng ngày, Chủ tịch")).toMatchObject({ text: "Cùng ngày", value: { year: 2005, month: 9, day: 1 } });
    expect(last("Sáng 30/8, ông nói ngày mai sẽ đông. 14h cùng ngày, xe")).toMatchObject({ value: { year: 2005, month: 8, day: 30, hour: 14 } });
    expect(last("Sở đề nghị cung cấp các tài liệu trên trước ngày 23-6-2005. Cùng ngày, Trung tâm")?.text).toBe("ngày 23-6-2005");
  });

  it("leaves cùng ngày without a day before it undated, and keeps its hour", () => {
    expect(findDates("Cùng ngày, Bộ họp", { ref: "2008-03-06" })).toEqual([]);
    expect(only("Lúc 20 giờ cùng ngày, đoàn về")).toMatchObject({ span: "Lúc 20 giờ cùng ngày", value: { hour: 20 } });
  });

  it.each([
    ["Ngày 5/3 họp. Các trường thi vào một đợt cùng ngày với nhau"],
    ["Ngày 5/3 họp. Các môn Toán, Vật lý thi cùng ngày cùng giờ"],
    ["Ngày 5/3 họp. Thi vào lớp 10 chuyên cùng ngày và cùng đề"],
  ])("does not read cùng ngày as that same day where it means on one day together: %s", (text) => {
    expect(findDates(text, { ref: "2008-03-06" }).map((m) => m.text)).toEqual(["Ngày 5/3"]);
  });

  it("reads the date written after cùng ngày as itself", () => {
    expect(findDates("Ngày 5/3 họp. Cùng ngày 31-3, Thủ tướng đã ký", { ref: "2008-04-01" }).map((m) => [m.text, m.value])).toEqual([
      ["Ngày 5/3", { year: 2008, month: 3, day: 5 }],
      ["ngày 31-3", { year: 2008, month: 3, day: 31 }],
    ]);
  });

  it("reads an hour after vào (at), with or without an approximation between, as a clock time (corpus)", () => {
    expect(only("trong ngày được lập vào khoảng 22 giờ, ngay chân cầu")).toMatchObject({ span: "22 giờ", value: { hour: 22 } });
    expect(only("buổi tư vấn trực tiếp vào 14 giờ tại phim trường")).toMatchObject({ span: "14 giờ", value: { hour: 14 } });
    // an approximation with no vào before it leaves a length
    expect(findDates("tàu sẽ cập cảng sau khoảng 22 giờ nữa")).toEqual([]);
  });
});

describe("parts of day and weekdays", () => {
  it.each([
    ["Sáng 20/5, đoàn công tác", "Sáng 20/5", "morning"],
    ["Sáng ngày 27/12, Ban Dân vận", "Sáng ngày 27/12", "morning"],
    ["sẽ diễn ra vào chiều 2/5.", "chiều 2/5", "afternoon"],
    ["Tối 31/8, ông Phan", "Tối 31/8", "evening"],
    ["Đêm 1-4, lại thêm", "Đêm 1-4", "night"],
    ["Trưa 13/7, xe container", "Trưa 13/7", "noon"],
    ["Đêm 26.9 ở Đồ Sơn", "Đêm 26.9", "night"],
    ["Chiều nay (1/5), UBND tỉnh", "Chiều nay (1/5)", "afternoon"],
    ["Sáng (28/4), ở phía Bắc", "Sáng (28/4)", "morning"],
    ["sáng qua 25/3 tại Hà Nội", "sáng qua 25/3", "morning"],
  ])("%s → %s (%s)", (text, span, partOfDay) => {
    expect(only(text)).toMatchObject({ span, partOfDay, grain: "day" });
  });

  it("reads two parts of the day joined by và as the day, with no one part (corpus)", () => {
    expect(only("Dự báo ngày và đêm 29/4, không khí lạnh", "2021-04-29")).toMatchObject({ span: "ngày và đêm 29/4", value: { year: 2021, month: 4, day: 29 }, grain: "day", partOfDay: undefined });
    expect(only("khởi hành vào chiều và đêm 12/3 vẫn")).toMatchObject({ span: "chiều và đêm 12/3", partOfDay: undefined });
    expect(only("Ghi nhận trong sáng và trưa nay, có", "2021-04-30")).toMatchObject({ span: "sáng và trưa nay", value: { year: 2021, month: 4, day: 30 }, partOfDay: undefined });
    // One part named twice is that part; after a clock, the hour keeps its part and the second part stands alone.
    expect(only("riêng Nam Bộ chiều tối và tối ngày 30/4 có mưa")).toMatchObject({ span: "chiều tối và tối ngày 30/4", partOfDay: "evening" });
    expect(findDates("lúc 3 giờ chiều và tối 5/5").map((m) => [m.text, m.value, m.partOfDay])).toEqual([
      ["lúc 3 giờ chiều", { hour: 15 }, "afternoon"],
      ["tối 5/5", { month: 5, day: 5 }, "evening"],
    ]);
    // With no day after them, two parts are no date, as one part alone is none.
    expect(findDates("làm việc cả ngày và đêm, sáng và chiều.")).toEqual([]);
  });

  it("joins a weekday that agrees with the date: Chủ nhật, 22/11/2026", () => {
    expect(only("Chủ nhật, 22/11/2026").span).toBe("Chủ nhật, 22/11/2026");
  });

  it("leaves out a weekday that disagrees: 22/11/2026 is a Sunday, not thứ Hai", () => {
    expect(only("Thứ Hai, 22/11/2026").span).toBe("22/11/2026");
  });

  it("picks the year where Chủ nhật (20/5) is a Sunday", () => {
    expect(only("Chủ nhật (20/5) vừa qua", "2018-05-22")).toMatchObject({ span: "Chủ nhật (20/5)", value: { year: 2018, month: 5, day: 20 } });
  });
});

describe("relative dates", () => {
  const ref = "2022-12-27";
  it.each([
    ["hôm nay", { year: 2022, month: 12, day: 27 }, "day"],
    ["hôm qua", { year: 2022, month: 12, day: 26 }, "day"],
    ["ngày mai", { year: 2022, month: 12, day: 28 }, "day"],
    ["năm ngoái", { year: 2021 }, "year"],
    ["tháng trước", { year: 2022, month: 11 }, "month"],
    ["tuần trước", { start: { year: 2022, month: 12, day: 19 }, end: { year: 2022, month: 12, day: 25 } }, "range"],
  ])("%s on 27/12/2022", (text, value, grain) => {
    expect(only(text, ref)).toMatchObject({ value, grain });
  });

  it("reads sáng nay as the morning of the reference day (seed 002)", () => {
    expect(only("Cũng trong sáng nay, tại điểm cầu", "2021-07-13")).toMatchObject({ value: { year: 2021, month: 7, day: 13 }, partOfDay: "morning" });
  });

  it("reads no day in hôm nay after a noun it makes present-day (thế hệ hôm nay: today's generation) (corpus)", () => {
    expect(findDates("giáo dục thế hệ hôm nay về một giai đoạn", { ref })).toEqual([]);
    expect(findDates("con người hôm nay và xã hội hôm nay", { ref })).toEqual([]);
    // the day itself after any other word
    expect(only("Chiều hôm nay, xã hội", ref)).toMatchObject({ value: { year: 2022, month: 12, day: 27 }, partOfDay: "afternoon" });
  });

  it("skips relative words without ref", () => {
    expect(findDates("hôm qua, năm ngoái, sáng nay")).toEqual([]);
  });

  it("keeps the hour written with a relative day when there is no ref: 9h30 tối nay", () => {
    expect(only("9h30 tối nay")).toMatchObject({ span: "9h30 tối nay", value: { hour: 21, minute: 30 }, grain: "minute", partOfDay: "evening" });
    expect(only("2-3h sáng nay")).toMatchObject({ value: { start: { hour: 2 }, end: { hour: 3 } }, grain: "range" });
  });

  it("takes the written date over the relative word: 10h sáng nay (30/4) in an article dated 29/4", () => {
    expect(only("vào khoảng 10h sáng nay (30/4)", "2021-04-29").value).toEqual({ year: 2021, month: 4, day: 30, hour: 10 });
  });

  it("skips counts of time: 3 năm trước", () => {
    expect(findDates("3 năm trước", { ref })).toEqual([]);
  });
});

describe("a month in words with a bare year", () => {
  it("takes the four digits after it as its year (corpus)", () => {
    expect(only("cuộc Cách mạng Tháng Tám 1945 thành công")).toMatchObject({ span: "Tháng Tám 1945", value: { year: 1945, month: 8 }, grain: "month" });
    expect(only("vào tháng Ba 2008, ông", "2021-01-01")).toMatchObject({ span: "tháng Ba 2008", value: { year: 2008, month: 3 } });
    // in lower case, the year makes it a month as `năm` does
    expect(only("tháng tám 1945 và")).toMatchObject({ span: "tháng tám 1945", value: { year: 1945, month: 8 } });
  });
  it("takes a year after a dash set apart by a space before it (corpus)", () => {
    expect(only("vào tháng 11 -1992, ông")).toMatchObject({ span: "tháng 11 -1992", value: { year: 1992, month: 11 } });
  });
  it("leaves a period after it its own, and the revolution named alone no date", () => {
    expect(findDates("Tháng Tám 1945-1975").map((m) => m.text)).toEqual(["Tháng Tám", "1945-1975"]);
    expect(findDates("Cách mạng Tháng Tám thành công")).toEqual([]);
  });
});

describe("months, quarters, halves, years", () => {
  it.each([
    ["tháng 6/2023", { year: 2023, month: 6 }, "month"],
    ["tháng 6 năm 2023", { year: 2023, month: 6 }, "month"],
    ["quý I/2023", { start: { year: 2023, month: 1 }, end: { year: 2023, month: 3 } }, "quarter"],
    ["quý 3 năm 2018", { start: { year: 2018, month: 7 }, end: { year: 2018, month: 9 } }, "quarter"],
    ["quí 1-2005", { start: { year: 2005, month: 1 }, end: { year: 2005, month: 3 } }, "quarter"],
    ["quí II-2006", { start: { year: 2006, month: 4 }, end: { year: 2006, month: 6 } }, "quarter"],
    ["6 tháng đầu năm 2021", { start: { year: 2021, month: 1 }, end: { year: 2021, month: 6 } }, "half"],
    ["6 tháng cuối năm 2021", { start: { year: 2021, month: 7 }, end: { year: 2021, month: 12 } }, "half"],
    ["năm 2022", { year: 2022 }, "year"],
    ["những năm 1990", { start: { year: 1990 }, end: { year: 1999 } }, "range"],
    ["đầu năm 2022", { start: { year: 2022, month: 1 }, end: { year: 2022, month: 3 } }, "range"],
    ["cuối tháng 6/2023", { start: { year: 2023, month: 6, day: 21 }, end: { year: 2023, month: 6, day: 30 } }, "range"],
    ["trung tuần tháng 1-2006", { start: { year: 2006, month: 1, day: 11 }, end: { year: 2006, month: 1, day: 20 } }, "range"],
    ["thượng tuần tháng 5/2006", { start: { year: 2006, month: 5, day: 1 }, end: { year: 2006, month: 5, day: 10 } }, "range"],
  ])("%s", (text, value, grain) => {
    expect(only(text)).toMatchObject({ value, grain });
  });

  it("takes the word that makes a year a decade into the mention (corpus: `từ những năm 1990`)", () => {
    expect(only("Từ những năm 1990, các")).toMatchObject({ span: "những năm 1990", value: { start: { year: 1990 }, end: { year: 1999 } } });
    expect(only("trong năm 1990, các")).toMatchObject({ span: "năm 1990", value: { year: 1990 } });
  });

  it("reads SN, the short form of sinh năm, before a year, in capitals only (corpus)", () => {
    expect(only("Nạn nhân là cháu Đ.G.K. (SN 2017), trú thôn")).toMatchObject({ span: "SN 2017", value: { year: 2017 }, grain: "year" });
    expect(findDates("mã sn 2017 và SN 20171")).toEqual([]);
  });

  it("reads a month spelled in lower case only when a year, này or vừa qua follows (tháng năm is months and years)", () => {
    expect(only("trong tháng mười này. Ngân sách", "2004-09-01")).toMatchObject({ span: "tháng mười", value: { year: 2004, month: 10 } });
    expect(only("Bắt đầu từ tháng ba vừa qua, Thanh tra", "2005-04-20")).toMatchObject({ span: "tháng ba", value: { year: 2005, month: 3 } });
    expect(findDates("trong ba tháng vừa qua, tháng ba qua")).toEqual([]);
    expect(only("đến tháng tư năm nay, chậm", "2004-09-01")).toMatchObject({ span: "tháng tư năm nay", value: { year: 2004, month: 4 } });
    expect(findDates("qua bao tháng năm gian khó, tháng ba, tháng tư")).toEqual([]);
  });

  it("gives 6 tháng cuối năm without a year the reference year's half", () => {
    expect(only("6 tháng cuối năm", "2021-07-13").value).toEqual({ start: { year: 2021, month: 7 }, end: { year: 2021, month: 12 } });
  });
});

describe("ranges", () => {
  it.each([
    ["từ ngày 1 đến 3/5", { start: { month: 5, day: 1 }, end: { month: 5, day: 3 } }],
    ["1-3/5", { start: { month: 5, day: 1 }, end: { month: 5, day: 3 } }],
    ["nhiệm kỳ 2021 - 2026", { start: { year: 2021 }, end: { year: 2026 } }],
    ["giai đoạn 2022 - 2026", { start: { year: 2022 }, end: { year: 2026 } }],
    ["2021–2025", { start: { year: 2021 }, end: { year: 2025 } }],
    ["từ 21g ngày 19-2 đến 16g ngày 21-2", { start: { month: 2, day: 19, hour: 21 }, end: { month: 2, day: 21, hour: 16 } }],
    ["từ 28 đến 3/5", { start: { month: 4, day: 28 }, end: { month: 5, day: 3 } }],
    ["30/4-1/5", { start: { month: 4, day: 30 }, end: { month: 5, day: 1 } }],
    ["từ 7/2014 - 10/2017", { start: { year: 2014, month: 7 }, end: { year: 2017, month: 10 } }],
    ["1984-10/1986", { start: { year: 1984 }, end: { year: 1986, month: 10 } }],
    ["10/1984 - 1986", { start: { year: 1984, month: 10 }, end: { year: 1986 } }],
    ["từ năm 1984 đến tháng 10/1986", { start: { year: 1984 }, end: { year: 1986, month: 10 } }],
    ["từ 8h-11h", { start: { hour: 8 }, end: { hour: 11 } }],
    ["từ 8-11h", { start: { hour: 8 }, end: { hour: 11 } }],
    ["2-3h sáng", { start: { hour: 2 }, end: { hour: 3 } }],
    ["9-10h tối", { start: { hour: 21 }, end: { hour: 22 } }],
    ["21 - 22 giờ đêm", { start: { hour: 21 }, end: { hour: 22 } }],
    ["7h30-11h30 ngày 5/3/2021", { start: { year: 2021, month: 3, day: 5, hour: 7, minute: 30 }, end: { year: 2021, month: 3, day: 5, hour: 11, minute: 30 } }],
    ["8-10h ngày 5/3/2021", { start: { year: 2021, month: 3, day: 5, hour: 8 }, end: { year: 2021, month: 3, day: 5, hour: 10 } }],
    ["3-5 giờ chiều 20/5/2021", { start: { year: 2021, month: 5, day: 20, hour: 15 }, end: { year: 2021, month: 5, day: 20, hour: 17 } }],
    ["quý II-IV/2021", { start: { year: 2021, month: 4 }, end: { year: 2021, month: 12 } }],
    ["(30/4/1975-30/4/2021)".slice(1, -1), { start: { year: 1975, month: 4, day: 30 }, end: { year: 2021, month: 4, day: 30 } }],
    ["23/4 đến ngày 27/4", { start: { month: 4, day: 23 }, end: { month: 4, day: 27 } }],
    ["12-9 đến 20-11", { start: { month: 9, day: 12 }, end: { month: 11, day: 20 } }],
    ["từ 3 đến 25-3", { start: { month: 3, day: 3 }, end: { month: 3, day: 25 } }],
    ["từ năm 1900 đến 1975", { start: { year: 1900 }, end: { year: 1975 } }],
  ])("%s", (text, value) => {
    expect(only(text)).toMatchObject({ span: text, value, grain: "range" });
  });

  it("reads a dashed month after a range of days only with từ, and not before a count (từ 2 đến 3-4 lần)", () => {
    expect(findDates("từ 2 đến 3-4 lần, từ 5 đến 7-8 năm, 1-3-5")).toEqual([]);
    expect(findDates("năm 2019 đến 2500 người, từ 1900 đến 1975").map((m) => m.text)).toEqual(["năm 2019"]);
  });

  it("reads two bare fractions joined by đến as no date (Học phí bằng 1/2 đến 1/3), in either order", () => {
    expect(findDates("Học phí bằng 1/2 đến 1/3 so với", { ref: "2005-06-01" })).toEqual([]);
    expect(findDates("Học phí bằng 2/3 đến 1/2 so với", { ref: "2005-06-01" })).toEqual([]);
  });
});

describe("a count word that is a verb", () => {
  it("leaves a date a date before `bàn về` (discussed), not before `bàn` the goal (corpus)", () => {
    expect(findDates("cuộc họp chiều 13-9 bàn về đề án này").map((m) => [m.text, m.value])).toEqual([["chiều 13-9", { month: 9, day: 13 }]]);
    expect(findDates("thắng 3-1 bàn thắng")).toEqual([]);
  });
});

describe("years listed after năm", () => {
  it("reads the bare years joined to a year read with năm (corpus)", () => {
    expect(findDates("các năm 2002, 2003 và 2004... đều chưa").map((m) => [m.text, m.value])).toEqual([
      ["năm 2002", { year: 2002 }],
      ["2003", { year: 2003 }],
      ["2004", { year: 2004 }],
    ]);
    // a count, a symbol or a range after the number: no listed year
    expect(findDates("năm 2003 và 2004 người").map((m) => m.text)).toEqual(["năm 2003"]);
    expect(findDates("năm 2003, 2004/QĐ").map((m) => m.text)).toEqual(["năm 2003"]);
    // with no năm before the first, bare numbers stay numbers
    expect(findDates("có 2003 và 2004 hộ")).toEqual([]);
  });
});


describe("quarters listed after quý", () => {
  const quarter = (year: number | undefined, q: number) => {
    const withYear = year === undefined ? {} : { year };
    return { start: { ...withYear, month: q * 3 - 2 }, end: { ...withYear, month: q * 3 } };
  };
  it("gives every listed quarter the year written after the last (corpus)", () => {
    expect(findDates("trong quý I, II, III, IV năm 2020, doanh thu", { ref: "2021-06-01" }).map((m) => [m.text, m.value])).toEqual([
      ["quý I", quarter(2020, 1)],
      ["II", quarter(2020, 2)],
      ["III", quarter(2020, 3)],
      ["IV năm 2020", quarter(2020, 4)],
    ]);
    expect(findDates("quý I và II/2006 tăng").map((m) => [m.text, m.value])).toEqual([
      ["quý I", quarter(2006, 1)],
      ["II/2006", quarter(2006, 2)],
    ]);
    // each written with its own quý
    expect(findDates("quý I và quý II năm 2019").map((m) => m.value)).toEqual([quarter(2019, 1), quarter(2019, 2)]);
  });
  it("leaves the year to ref when none is written, and reads no falling or counted numbers", () => {
    expect(findDates("Quý I và II, tăng", { ref: "2021-06-01" }).map((m) => m.value)).toEqual([quarter(2021, 1), quarter(2021, 2)]);
    expect(findDates("quý I, 2 tỷ đồng").map((m) => m.text)).toEqual(["quý I"]);
    expect(findDates("quý II, I năm 2020").map((m) => m.text)).toEqual(["quý II", "năm 2020"]);
    // a range after the first is its own mention
    expect(findDates("quý I và quý II - IV/2019").map((m) => m.text)).toEqual(["quý I", "quý II - IV/2019"]);
  });
});
describe("ranges whose ends are of different kinds", () => {
  it("joins a month or year and a day after từ when each end names its year (corpus)", () => {
    expect(findDates("(từ tháng 4.2006 đến 30.4.2008)").map((m) => [m.text, m.value])).toEqual([
      ["từ tháng 4.2006 đến 30.4.2008", { start: { year: 2006, month: 4 }, end: { year: 2008, month: 4, day: 30 } }],
    ]);
    expect(findDates("từ ngày 15/3/2004 cho đến hết năm 2005")[0]?.value).toEqual({ start: { year: 2004, month: 3, day: 15 }, end: { year: 2005 } });
    // one end with no year of its own, or the ends out of order: no period
    expect(findDates("từ năm 2006 đến 30/4").map((m) => m.text)).toEqual(["năm 2006", "30/4"]);
    expect(findDates("từ 30/4/2008 đến tháng 4/2006").map((m) => m.text)).toEqual(["30/4/2008", "tháng 4/2006"]);
  });
});

describe("ranges of hours, months and quarters", () => {
  it("puts a range of hours on the reference day: 2-3h sáng nay", () => {
    expect(only("2-3h sáng nay", "2021-05-20")).toMatchObject({
      value: { start: { year: 2021, month: 5, day: 20, hour: 2 }, end: { year: 2021, month: 5, day: 20, hour: 3 } },
      grain: "range",
      partOfDay: "morning",
    });
  });

  it("joins two times on a relative day: từ 14h-16h30 chiều nay, from 14:00 to 16:30 of the reference day", () => {
    expect(only("từ 14h-16h30 chiều nay", "2021-05-20")).toMatchObject({
      span: "từ 14h-16h30 chiều nay",
      value: { start: { year: 2021, month: 5, day: 20, hour: 14 }, end: { year: 2021, month: 5, day: 20, hour: 16, minute: 30 } },
      grain: "range",
      partOfDay: "afternoon",
    });
    // Without ref the day is unknown and the hours stay.
    expect(only("Từ 15h đến 17h chiều nay")).toMatchObject({ value: { start: { hour: 15 }, end: { hour: 17 } }, grain: "range" });
  });

  it("reads the first of two times in the part of day written after the second: từ 2h-4h30 chiều 5/3 is 14:00 to 16:30", () => {
    expect(only("từ 2h-4h30 chiều 5/3", "2021-03-01").value).toEqual({
      start: { year: 2021, month: 3, day: 5, hour: 14 },
      end: { year: 2021, month: 3, day: 5, hour: 16, minute: 30 },
    });
    // Each time with its own part of day keeps it; the range then has none.
    expect(only("từ 18 giờ chiều đến 22 giờ đêm").partOfDay).toBeUndefined();
  });

  it("leaves a night that crosses midnight as two times: từ 23h đến 5h sáng", () => {
    expect(findDates("từ 23h đến 5h sáng").map((m) => m.grain)).toEqual(["minute", "minute"]);
  });

  it("reads no range from hours that run backwards or stand still: từ 11-8h, từ 4h đến 4h chiều", () => {
    expect(findDates("từ 11-8h").map((m) => m.grain)).not.toContain("range");
    expect(findDates("từ 4h đến 4h chiều 5/3").map((m) => m.grain)).not.toContain("range");
    expect(findDates("từ 4h đến 4h chiều nay", { ref: "2021-05-10" }).map((m) => m.grain)).not.toContain("range");
  });

  it("reads a run of months only with its year: not 'mỗi tháng 1-2 lần' (once or twice a month)", () => {
    expect(only("tháng 4 - 5/2005")).toMatchObject({ value: { start: { year: 2005, month: 4 }, end: { year: 2005, month: 5 } }, grain: "range" });
    expect(findDates("mỗi tháng 1-2 lần")).toEqual([]);
  });

  it("reads quý I-II as the first half", () => {
    expect(only("quý I-II/2023")).toMatchObject({ value: { start: { year: 2023, month: 1 }, end: { year: 2023, month: 6 } }, grain: "half" });
  });

  it.each([
    ["a length of hours", "chỉ mất 1-2 giờ"],
    ["hours after sau", "sau 2-3h"],
    ["hours in giờ alone", "giảm ngập từ 5-8 giờ hiện nay"],
    ["quarters that run backwards", "quý III-II"],
  ])("finds nothing in %s", (_, text) => {
    expect(findDates(text)).toEqual([]);
  });
});

describe("lunar dates", () => {
  it.each([
    ["Tết Nguyên đán", "2022-01-10", { year: 2022, month: 2, day: 1 }, { month: 1, day: 1 }],
    ["mùng 1 Tết", "2021-01-20", { year: 2021, month: 2, day: 12 }, { month: 1, day: 1 }],
    ["rằm tháng Giêng", "2023-01-10", { year: 2023, month: 2, day: 5 }, { month: 1, day: 15 }],
    ["ngày 10/3 âm lịch", "2022-03-01", { year: 2022, month: 4, day: 10 }, { month: 3, day: 10 }],
    ["Tết Nguyên đán Nhâm Dần", "2021-12-01", { year: 2022, month: 2, day: 1 }, { month: 1, day: 1 }],
  ])("%s (ref %s)", (text, ref, value, lunar) => {
    expect(only(text, ref)).toMatchObject({ span: text, value, lunar, calendar: "lunar", grain: "day" });
  });

  it("keeps the lunar date without a solar value when no year is known", () => {
    expect(only("rằm tháng Bảy")).toMatchObject({ value: {}, lunar: { month: 7, day: 15 }, calendar: "lunar" });
  });

  it("takes the year written in the text: Tết Nguyên đán 2007 is 17/2/2007 in Viet Nam", () => {
    expect(only("Tết Nguyên đán 2007").value).toEqual({ year: 2007, month: 2, day: 17 });
  });
});

describe("offsets", () => {
  it("maps offsets back through normalisation (NBSP, entities, decomposed marks)", () => {
    const text = "Hội nghị&nbsp;sáng  nga\u0300y 13/7/2021 tại";
    const [m] = findDates(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    expect(m!.text).toBe("sáng  nga\u0300y 13/7/2021");
    expect(m!.value).toEqual({ year: 2021, month: 7, day: 13 });
  });

  it("returns mentions in text order", () => {
    const starts = findDates("Ngày 14-1, năm 2021, quý I/2023 và nhiệm kỳ 2021-2026").map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(4);
  });
});
