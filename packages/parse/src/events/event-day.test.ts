import { describe, expect, it } from "vitest";
import { eventDayAt, eventDayOfClause } from "./event-day";

/** The day or period `eventDayAt` reads at the start of `text`, without where it ends. */
const readEventDay = (text: string) => eventDayAt(text)?.value ?? null;

describe("eventDayAt", () => {
  it("reads a day, with its part of the day or `ngày`, and the year only when written (corpus)", () => {
    expect(readEventDay("ngày 25/10 tới sẽ xem xét")).toEqual({ month: 10, day: 25 });
    expect(readEventDay("sáng 10/4, do Bộ Nội vụ")).toEqual({ month: 4, day: 10 });
    expect(readEventDay("ngày 8-8, các đoàn")).toEqual({ month: 8, day: 8 });
    expect(readEventDay("ngày 12.3.2005 tại")).toEqual({ year: 2005, month: 3, day: 12 });
  });

  it("reads a period of days, the first taking the month and year it leaves out (corpus)", () => {
    expect(readEventDay("từ ngày 17 đến 24-4 sẽ thảo luận")).toEqual({ start: { month: 4, day: 17 }, end: { month: 4, day: 24 } });
    expect(readEventDay("từ ngày 5-6/3 tại thành phố Larnaca")).toEqual({ start: { month: 3, day: 5 }, end: { month: 3, day: 6 } });
    expect(readEventDay("từ ngày 18-4-2006 đến ngày 25-4-2006 tại")).toEqual({
      start: { year: 2006, month: 4, day: 18 },
      end: { year: 2006, month: 4, day: 25 },
    });
    expect(readEventDay("từ 27/12/2005 đến 3/1/2006")).toEqual({ start: { year: 2005, month: 12, day: 27 }, end: { year: 2006, month: 1, day: 3 } });
  });

  it("reads two days joined by `và` as a period only when they are days in a row or nearly (corpus)", () => {
    expect(readEventDay("trong hai ngày 14.4 và 15.4.2006 tại")).toEqual({ start: { year: 2006, month: 4, day: 14 }, end: { year: 2006, month: 4, day: 15 } });
    expect(readEventDay("ngày 30/4 và 1/5")).toEqual({ start: { month: 4, day: 30 }, end: { month: 5, day: 1 } });
    expect(readEventDay("ngày 19/5 và 2/9")).toEqual({ month: 5, day: 19 });
  });

  it("gives the first day of a period across the new year the year before the second's", () => {
    expect(readEventDay("từ 27/12 đến 3/1/2006")).toEqual({ start: { year: 2005, month: 12, day: 27 }, end: { year: 2006, month: 1, day: 3 } });
  });

  it("reads a sentence's head: a preposition of time before it, the count of days, a day in brackets after a relative one", () => {
    expect(eventDayOfClause("Cũng trong sáng 6/5")).toEqual({ month: 5, day: 6 });
    expect(eventDayOfClause("Trong hai ngày 15 và 16-2-2005")).toEqual({ start: { year: 2005, month: 2, day: 15 }, end: { year: 2005, month: 2, day: 16 } });
    expect(eventDayOfClause("Sáng nay (27/4)")).toEqual({ month: 4, day: 27 });
    expect(eventDayOfClause("Hôm nay (21-3)")).toEqual({ month: 3, day: 21 });
    expect(eventDayOfClause("Đúng 8h30 sáng nay (18/4)")).toEqual({ month: 4, day: 18 });
    expect(eventDayOfClause("Vào lúc 8 giờ 15 phút sáng nay (ngày 21-4)")).toEqual({ month: 4, day: 21 });
    expect(eventDayOfClause("Lúc 9h ngày 6/2")).toEqual({ month: 2, day: 6 });
    expect(eventDayOfClause("Ngày 19/5 và 2/9")).toBeNull();
    expect(eventDayOfClause("Sáng (27/4)")).toBeNull();
  });

  it("reads no day that the calendar does not have, no period out of order, and nothing but a day", () => {
    expect(readEventDay("ngày 31/2")).toBeNull();
    expect(readEventDay("ngày 29/2/2005")).toBeNull();
    expect(readEventDay("từ ngày 24 đến 17-4")).toBeNull();
    expect(readEventDay("năm 2006")).toBeNull();
    expect(readEventDay("cuối tháng 3 vừa qua")).toBeNull();
    expect(readEventDay("1.500 người")).toBeNull();
    expect(readEventDay("")).toBeNull();
  });
});
