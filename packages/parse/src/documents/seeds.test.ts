import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findDocumentRefs } from "./find-document-refs";

// The raw seed articles live beside the repository (../shared/seeds), not in it.
const seeds = fileURLToPath(new URL("../../../../../shared/seeds/", import.meta.url));
const present = existsSync(seeds);
if (!present) console.warn(`seeds.test.ts: ${seeds} is absent; the seed articles are not checked`);

const seed = (prefix: string) => {
  const name = readdirSync(seeds).find((file) => file.startsWith(prefix))!;
  return readFileSync(`${seeds}${name}`, "utf8");
};

describe.skipIf(!present)("findDocumentRefs on the whole seed articles", () => {
  it("seed 002: every reference, with its date and issuer", () => {
    const refs = findDocumentRefs(seed("002_")).map((r) => [r.text, r.symbol, r.issuer, r.date]);
    expect(refs).toEqual([
      ["Hướng dẫn số 01-HD/BDVTW, ngày 16/3/2021 của Ban Dân vận Trung ương", "01-HD/BDVTW", "Ban Dân vận Trung ương", { year: 2021, month: 3, day: 16 }],
      ["Kết luận số 08-KL/TW, ngày 02/8/2011 của Ban Bí thư", "08-KL/TW", "Ban Bí thư", { year: 2011, month: 8, day: 2 }],
      ["Nghị quyết số 09-NQ/TW, ngày 09/12/2011 của Bộ Chính trị khóa XI", "09-NQ/TW", "Bộ Chính trị khóa XI", { year: 2011, month: 12, day: 9 }],
      ["Chỉ thị 43-CT/TW, ngày 8/6/2010 của Ban Bí thư (khóa X)", "43-CT/TW", "Ban Bí thư khóa X", { year: 2010, month: 6, day: 8 }],
      ["Kết Luận số 120-KL/TW, ngày 07/1/2016 của Bộ Chính trị (khóa XI)", "120-KL/TW", "Bộ Chính trị khóa XI", { year: 2016, month: 1, day: 7 }],
      ["Nghị quyết số 68 của Chính phủ", null, "Chính phủ", null],
    ]);
  });

  it("seed 004: the Tỉnh ủy's references, with their dates", () => {
    const refs = findDocumentRefs(seed("004_")).map((r) => [r.text, r.symbol, r.issuer, r.date]);
    expect(refs).toEqual([
      ["Quyết định số 269-QĐ/TU, 30/11/2021", "269-QĐ/TU", "Tỉnh ủy", { year: 2021, month: 11, day: 30 }],
      ["Kết luận số 43-KL/TU, ngày 24/6/2022", "43-KL/TU", "Tỉnh ủy", { year: 2022, month: 6, day: 24 }],
      ["Nghị quyết số 02-NQ/TU", "02-NQ/TU", "Tỉnh ủy", null],
    ]);
  });

  it("seeds 000, 001 and 003 cite no numbered document", () => {
    for (const prefix of ["000_", "001_", "003_"]) expect(findDocumentRefs(seed(prefix))).toEqual([]);
  });
});
