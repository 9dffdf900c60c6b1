import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findEvents } from "../events/find-events";
import { findTerms } from "../terms/find-terms";
import { findPlaces } from "./find-places";

// The five seed articles live beside the repository, in ../shared/seeds.
const seedsDir = fileURLToPath(new URL("../../../../../shared/seeds/", import.meta.url));
const present = existsSync(seedsDir);
const seed = (prefix: string): string => {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  return file === undefined ? "" : readFileSync(`${seedsDir}${file}`, "utf8");
};

describe.skipIf(!present)("seed articles: places, terms and events", () => {
  if (!present) console.warn(`skipped: no seed articles at ${seedsDir}`);

  it("seed 002 (13 July 2021): điểm cầu Bình Dương and tỉnh Bình Dương are a province valid then", () => {
    const places = findPlaces(seed("002"), { asOf: "2021-07-13" });
    const binhDuong = places.filter((m) => m.name === "Bình Dương");
    expect(binhDuong.map((m) => m.text)).toEqual(expect.arrayContaining(["Bình Dương", "tỉnh Bình Dương"]));
    for (const m of binhDuong) expect(m).toMatchObject({ type: "province", level: "province", validUntil: null, successor: null });
  });

  it("seed 003: huyện Bắc Mê is a district", () => {
    const places = findPlaces(seed("003"), { asOf: "2022-01-12" });
    expect(places.find((m) => m.text === "huyện Bắc Mê")).toMatchObject({ name: "Bắc Mê", type: "district", level: "district", parent: null });
  });

  it("seed 004: tỉnh Hà Tĩnh and huyện Hương Khê", () => {
    const places = findPlaces(seed("004"), { asOf: "2022-12-27" });
    expect(places.map((m) => m.text)).toEqual(expect.arrayContaining(["tỉnh Hà Tĩnh", "huyện Hương Khê"]));
    expect(places.find((m) => m.text === "tỉnh Hà Tĩnh")).toMatchObject({ type: "province", successor: null });
  });

  it("seed 000: xã Đông Phương, Quốc hội khóa XV, nhiệm kỳ 2021 - 2026", () => {
    const text = seed("000");
    expect(findPlaces(text).find((m) => m.text === "xã Đông Phương")).toMatchObject({ name: "Đông Phương", level: "commune" });
    const terms = findTerms(text);
    expect(terms.find((m) => m.text === "khóa XV" && text.slice(m.start - 9, m.start) === "Quốc hội ")).toMatchObject({ ordinal: 15 });
    expect(terms.find((m) => m.text === "nhiệm kỳ 2021 - 2026")).toMatchObject({ startYear: 2021, endYear: 2026, ordinal: null });
  });

  it("seed 001: Đại hội XIII của Đảng and Đại hội Đảng bộ tỉnh lần thứ XIV", () => {
    const events = findEvents(seed("001"));
    expect(events.find((m) => m.text === "Đại hội XIII của Đảng")).toMatchObject({ kind: "congress", term: { ordinal: 13 } });
    expect(events.find((m) => m.text === "Đại hội Đảng bộ tỉnh lần thứ XIV")).toMatchObject({ kind: "congress", term: { ordinal: 14 } });
  });

  it("every mention in every seed slices its input", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      const text = seed(prefix);
      for (const m of [...findPlaces(text), ...findTerms(text), ...findEvents(text)]) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
