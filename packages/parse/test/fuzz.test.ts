// Properties every public function of @vnpol/parse keeps on any input. Fixed seed in CI;
// `npm run fuzz` runs many more cases with a fresh seed (VNPOL_FUZZ_RUNS, VNPOL_FUZZ_SEED).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it, vi } from "vitest";
import * as schema from "@vnpol/schema";
import * as parse from "../src/index";

const RUNS = Number(process.env.VNPOL_FUZZ_RUNS ?? 150);
const SEED = process.env.VNPOL_FUZZ_SEED === "random" ? Date.now() : Number(process.env.VNPOL_FUZZ_SEED ?? 20261122);
const options = { numRuns: RUNS, seed: SEED };
// A property of many runs takes longer than vitest's default 5 s: allow about 2 ms a run.
vi.setConfig({ testTimeout: Math.max(5_000, RUNS * 2) });

const seedsDir = fileURLToPath(new URL("../../../../shared/seeds/", import.meta.url));
const seedText = (() => {
  try {
    return readdirSync(seedsDir).map((file) => readFileSync(`${seedsDir}${file}`, "utf8")).join("\n");
  } catch {
    return "Sáng ngày 27/12, đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy, dự Hội nghị. Kết luận số 43-KL/TU, ngày 24/6/2022.";
  }
})();

// Pieces of political news: the tokens the parsers dispatch on, in any order.
const token = fc.constantFrom(
  ..."0123456789/-.:,;()| \n".split(""),
  "ngày ", "Ngày ", "tháng ", "năm ", "mùng ", "quý ", "I", "V", "X", "giờ ", "h", "g", "phút", "sáng ", "Sáng ", "chiều ", "tối ",
  "hôm nay", "hôm qua", "Thứ Hai, ", "Chủ nhật", "âm lịch", "Tết Nguyên đán", "rằm tháng Giêng", "từ ", " đến ", "nhiệm kỳ ", "khóa ", "khoá ",
  "Số ", "số ", "QĐ", "QÐ", "NQ", "KL", "TU", "TW", "NĐ-CP", "QH15", "HD/BDVTW", "Nghị quyết ", "Kết luận ", "Chỉ thị ", "Luật ",
  "đồng chí ", "Đ/c ", "ông ", "bà ", "Các đồng chí: ", "nguyên ", "Nguyễn ", "Văn ", "Thị ", "Trần Thế Dũng", "Phó ", "Bí thư ", "Thường trực ",
  "Tỉnh ủy", "Huyện uỷ", "HĐND ", "UBND ", "UVTV", "Chủ tịch ", "Trưởng Ban Dân vận ", "tỉnh ", "huyện ", "xã ", "Hà Tĩnh", "Bình Dương",
  "Hội nghị ", "Đại hội ", "Kỳ họp thứ ", "{{ ", "}}", "<p>", "</p>", "&amp;", "\u00a0", "\u0301", "\u0323",
  "thành phố ", "TP. ", "quận ", "Cộng sản ", "Việt Nam", "(Trung Quốc)", ", Lào", "Khmer ", "Tết cổ truyền ", "mấy ", "tổ chức ",
);
const newsLike = fc.array(token, { maxLength: 80 }).map((parts) => parts.join(""));
const seedSlice = fc.tuple(fc.nat(seedText.length), fc.nat(400)).map(([at, length]) => seedText.slice(at, at + length));
const anyText = fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 100 }), newsLike, seedSlice);

type Fn = (text: string, options?: unknown) => unknown;
type FormatFn = (value: never) => string;
const api = parse as unknown as Record<string, unknown>;
const fn = (name: string) => (typeof api[name] === "function" ? (api[name] as Fn) : null);

// Each finder with the schema its results must satisfy.
const finders: Array<[string, z.ZodType]> = (
  [
    ["findDates", schema.DateMention],
    ["findDocumentRefs", schema.DocumentRefMention],
    ["findOfficials", schema.OfficialMention],
    ["findOrganizations", schema.OrganizationMention],
    ["findPlaces", schema.PlaceMention],
    ["findEvents", schema.EventMention],
    ["extract", schema.Mention],
  ] as Array<[string, z.ZodType]>
).filter(([name]) => fn(name) !== null);

describe.each(finders)("%s on any text", (name, resultSchema) => {
  const find = fn(name)!;
  it("never throws, slices the input at its offsets, in text order, and validates", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const mentions = find(text) as Array<{ start: number; end: number; text: string }>;
        let previous = 0;
        for (const mention of mentions) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.start).toBeGreaterThanOrEqual(previous);
          previous = mention.start;
          const result = resultSchema.safeParse(mention);
          expect(result.success ? [] : schema.formatIssues(result.error)).toEqual([]);
        }
      }),
      options,
    );
  });
});

describe("findMemberships on any text", () => {
  it("never throws and gives memberships that validate, with no two alike", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const memberships = parse.findMemberships(text, { ref: "2022-12-27" });
        for (const membership of memberships) {
          const result = schema.Membership.safeParse(membership);
          expect(result.success ? [] : schema.formatIssues(result.error)).toEqual([]);
        }
        expect(new Set(memberships.map((m) => JSON.stringify(m))).size).toBe(memberships.length);
      }),
      options,
    );
  });
});

const parsers = Object.keys(api).filter((name) => /^parse[A-Z]/.test(name) && !name.endsWith("OrThrow") && typeof api[name] === "function");

describe.each(parsers)("%s on any text", (name) => {
  const parseOne = fn(name)!;
  const orThrow = fn(`${name}OrThrow`);
  it("never throws; its OrThrow twin throws only VnpolParseError, exactly when it gives null", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseOne(text);
        if (orThrow === null) return;
        if (result === null) {
          expect(() => orThrow(text)).toThrow(parse.VnpolParseError);
        } else {
          expect(orThrow(text)).toEqual(result);
        }
      }),
      options,
    );
  });
});

describe("normalize", () => {
  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = parse.normalize(text);
        expect(parse.normalize(once)).toBe(once);
      }),
      options,
    );
  });
});

const format = fn("formatDocumentNumber");
const parseNumber = fn("parseDocumentNumber");
describe.skipIf(format === null || parseNumber === null)("document numbers", () => {
  it("round-trip: parseDocumentNumber(formatDocumentNumber(x)) equals x for every number it reads", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseNumber!(text);
        if (parsed !== null && parsed !== undefined) expect(parseNumber!(format!(parsed as never) as string)).toEqual(parsed);
      }),
      options,
    );
  });
});

const clean = fn("cleanArticle");
describe.skipIf(clean === null)("cleanArticle", () => {
  it("never throws on any text or HTML-ish input", () => {
    const htmlish = fc.array(fc.oneof(token, fc.constantFrom("<div>", "</div>", "<table><tr><td>", "<img src=x>", "<!--", "-->", "<script>", "\r\n")), { maxLength: 60 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(anyText, htmlish), (text) => {
        clean!(text);
      }),
      { ...options, numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });
});
