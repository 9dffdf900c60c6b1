import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { findPlaces } from "./places/find-places";

const kinds = (text: string) => extract(text).map((m) => [m.kind, m.text]);

describe("extract: what one finder reads is not read otherwise by another", () => {
  it("a person's name after a title's tier word is no place, though findPlaces alone reads one there (corpus)", () => {
    const text = "Trong vụ việc, Chủ tịch UBND xã Nguyễn Văn Tiên khẳng định ngay";
    expect(findPlaces(text).map((m) => m.text)).toEqual(["xã Nguyễn Văn Tiên"]);
    expect(kinds(text)).toEqual([
      ["official", "Chủ tịch UBND xã Nguyễn Văn Tiên"],
      ["organization", "UBND xã"],
    ]);
  });

  it("keeps a place named for a person where no official is read (corpus)", () => {
    expect(kinds("Từ đầu năm 2021 đến nay, UBND phường Phạm Ngũ Lão đã đi kiểm tra").filter(([kind]) => kind !== "date")).toEqual([
      ["organization", "UBND phường Phạm Ngũ Lão"],
      ["place", "phường Phạm Ngũ Lão"],
    ]);
  });

  it("keeps the place in an official's body when the official's name stands before the title (corpus)", () => {
    const found = kinds("Theo ông Lê Quốc Cường, Chủ tịch UBND phường Phạm Ngũ Lão, để hạn chế");
    expect(found).toContainEqual(["official", "Lê Quốc Cường, Chủ tịch UBND phường Phạm Ngũ Lão"]);
    expect(found).toContainEqual(["place", "phường Phạm Ngũ Lão"]);
  });
});

describe("extract: ref dates what the text leaves without its year", () => {
  it("gives an event's day the year findDates gives the same day (corpus)", () => {
    // unc-news_society_215, published 1 May 2021
    const text = "Chiều 29/4, tại cuộc họp báo thường kỳ của Bộ Ngoại giao, người phát ngôn cho biết";
    const found = extract(text, { ref: "2021-05-01" });
    const day = found.find((m) => m.kind === "date")?.value.value;
    const event = found.find((m) => m.kind === "event");
    expect(day).toEqual({ year: 2021, month: 4, day: 29 });
    expect(event?.kind === "event" ? event.value.date : undefined).toEqual(day);
    expect(extract(text).find((m) => m.kind === "event")?.value).toMatchObject({ date: { day: 29, month: 4 } });
  });
});
