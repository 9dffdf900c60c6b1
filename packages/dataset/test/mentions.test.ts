import * as parse from "@vnpol/parse";
import type { DocumentRef, Official, PartialDate } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { builtArticles } from "./dist-files";

// The articles carry mentions once `extract` lands in @vnpol/parse; until then there is nothing to check.
const hasExtract = typeof (parse as Record<string, unknown>).extract === "function";
if (!hasExtract) console.warn("mentions.test.ts skipped: @vnpol/parse exports no extract yet");

const articles = new Map(builtArticles().map((a) => [a.id, a]));

const documentsOf = (id: string): (DocumentRef & { text: string })[] =>
  (articles.get(id)?.mentions ?? []).flatMap((m) => (m.kind === "document" ? [{ ...m.value, text: m.text }] : []));

const officialsOf = (id: string, within?: string): (Official & { start: number })[] => {
  const article = articles.get(id);
  const from = within === undefined ? 0 : (article?.body.indexOf(within) ?? -1);
  const to = within === undefined ? Infinity : from + (within?.length ?? 0);
  return (article?.mentions ?? []).flatMap((m) => (m.kind === "official" && m.start >= from && m.end <= to ? [{ ...m.value, start: m.start }] : []));
};

const symbolsWithDates = (id: string): [string | null, PartialDate | null][] =>
  documentsOf(id)
    .filter((d) => d.system === "party")
    .map((d) => [d.symbol, d.date]);

describe.skipIf(!hasExtract)("the mentions of the seed articles", () => {
  it("004: Quyết định số 269-QĐ/TU, 30/11/2021; Kết luận số 43-KL/TU, ngày 24/6/2022; Nghị quyết số 02-NQ/TU", () => {
    expect(symbolsWithDates("004-dan-van-2022")).toEqual([
      ["269-QĐ/TU", { year: 2021, month: 11, day: 30 }],
      ["43-KL/TU", { year: 2022, month: 6, day: 24 }],
      ["02-NQ/TU", null],
    ]);
  });

  it("004: Đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy", () => {
    expect(officialsOf("004-dan-van-2022")).toContainEqual(
      expect.objectContaining({ person: "Trần Thế Dũng", former: false, positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }] }),
    );
  });

  it("002: its five Party documents, each with its date", () => {
    expect(symbolsWithDates("002-dan-van-6-thang-2021")).toEqual([
      ["01-HD/BDVTW", { year: 2021, month: 3, day: 16 }], // Hướng dẫn số 01-HD/BDVTW, ngày 16/3/2021
      ["08-KL/TW", { year: 2011, month: 8, day: 2 }], // Kết luận số 08-KL/TW, ngày 02/8/2011
      ["09-NQ/TW", { year: 2011, month: 12, day: 9 }], // Nghị quyết số 09-NQ/TW, ngày 09/12/2011
      ["43-CT/TW", { year: 2010, month: 6, day: 8 }], // Chỉ thị 43-CT/TW, ngày 8/6/2010
      ["120-KL/TW", { year: 2016, month: 1, day: 7 }], // Kết Luận số 120-KL/TW, ngày 07/1/2016
    ]);
  });

  it("002: Nghị quyết số 68 của Chính phủ", () => {
    expect(documentsOf("002-dan-van-6-thang-2021")).toContainEqual(
      expect.objectContaining({ kind: "Nghị quyết", number: "68", issuer: "Chính phủ", symbol: null }),
    );
  });

  it("002: đồng chí Bùi Thị Minh Hoài, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương", () => {
    const hoai = officialsOf("002-dan-van-6-thang-2021").find((o) => o.person === "Bùi Thị Minh Hoài");
    expect(hoai?.positions.map((p) => p.role)).toEqual(["Bí thư", "Trưởng Ban"]);
    expect(hoai?.positions.every((p) => p.level === "central")).toBe(true);
  });

  it("002: đồng chí Võ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân Tỉnh", () => {
    expect(officialsOf("002-dan-van-6-thang-2021")).toContainEqual(
      expect.objectContaining({
        person: "Võ Văn Minh",
        positions: [
          { role: "Phó Bí thư", body: "Tỉnh ủy", level: "province" },
          { role: "Chủ tịch", body: "Ủy ban nhân dân tỉnh", level: "province" },
        ],
      }),
    );
  });

  it("002: Đ/c Nguyễn Văn Lộc, UVTV, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh", () => {
    const loc = officialsOf("002-dan-van-6-thang-2021").find((o) => o.person === "Nguyễn Văn Lộc");
    expect(loc?.positions.map((p) => p.role)).toEqual(["Ủy viên Ban Thường vụ", "Trưởng Ban", "Chủ tịch"]);
  });

  it("001: the two officials of the caption Các đồng chí: Phạm Văn Hậu, …; Nguyễn Long Biên, …", () => {
    const caption = "Các đồng chí: Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Long Biên, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh dự hội nghị.";
    expect(officialsOf("001-dan-van-2021", caption).map(({ start: _start, ...official }) => official)).toEqual([
      { person: "Phạm Văn Hậu", former: false, positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }] },
      {
        person: "Nguyễn Long Biên",
        former: false,
        positions: [
          { role: "Ủy viên Ban Thường vụ", body: "Tỉnh ủy", level: "province" },
          { role: "Phó Chủ tịch", body: "Ủy ban nhân dân tỉnh", level: "province" },
        ],
      },
    ]);
  });

  it("003: đồng chí Lê Mạnh Cường, Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện", () => {
    expect(officialsOf("003-mttq-bac-me-2021")).toContainEqual(
      expect.objectContaining({
        person: "Lê Mạnh Cường",
        positions: [
          { role: "Phó Bí thư Thường trực", body: "Huyện ủy", level: "district" },
          { role: "Chủ tịch", body: "Hội đồng nhân dân huyện", level: "district" },
        ],
      }),
    );
  });

  it.each([
    ["001-dan-van-2021", "Ngày 14-1"], // the year from the article's own text, năm 2021
    ["002-dan-van-6-thang-2021", "ngày 13/7/2021"],
    ["003-mttq-bac-me-2021", "Ngày 6/1"], // the year from the publication date, 12/01/2022
    ["004-dan-van-2022", "ngày 27/12"], // the year from the publication date, 27/12/2022
  ])("%s: the date mention of the event, %s, is the curated eventDate", (id, expression) => {
    const article = articles.get(id);
    const mention = article?.mentions.find((m) => m.kind === "date" && m.text.endsWith(expression));
    expect(mention?.kind === "date" ? mention.value.value : undefined).toEqual(article?.eventDate);
  });
});
