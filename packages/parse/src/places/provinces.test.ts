import { Place } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { dayOf } from "./as-of";
import { PROVINCES } from "./provinces";

const provincialOn = (day: number) =>
  PROVINCES.filter(
    ({ place }) =>
      place.level === "province" && (dayOf(place.validFrom) ?? 0) <= day && day <= (dayOf(place.validUntil) ?? Number.POSITIVE_INFINITY),
  );

describe("province table", () => {
  it("every row is a valid Place with a source", () => {
    for (const record of PROVINCES) {
      expect(() => Place.parse(record.place)).not.toThrow();
      expect(record.source.length).toBeGreaterThan(10);
    }
  });

  it("has the 63 provincial units of 30 June 2025: 57 provinces and 6 centrally-run cities", () => {
    const units = provincialOn(20250630);
    expect(units).toHaveLength(63);
    expect(units.filter(({ place }) => place.type === "centrally-run-city").map(({ place }) => place.name).sort()).toEqual(
      ["Cần Thơ", "Hà Nội", "Huế", "Hải Phòng", "Thành phố Hồ Chí Minh", "Đà Nẵng"].sort(),
    );
  });

  it("has the 34 provincial units of 1 July 2025 (NQ 202/2025/QH15): 28 provinces and 6 cities", () => {
    const units = provincialOn(20250701);
    expect(units).toHaveLength(34);
    expect(units.filter(({ place }) => place.type === "province")).toHaveLength(28);
    expect(new Set(units.map(({ place }) => place.name)).size).toBe(34);
  });

  it("has the 64 provincial units of 2005, Hà Tây among them", () => {
    const units = provincialOn(20050101);
    expect(units).toHaveLength(64);
    expect(units.map(({ place }) => place.name)).toContain("Hà Tây");
    expect(units.map(({ place }) => place.name)).toContain("Thừa Thiên Huế");
  });

  it("has the seven provinces split on 1 January 1997 (resolution of 6/11/1996) until that day, and their halves after it", () => {
    const split = ["Bắc Thái", "Hải Hưng", "Minh Hải", "Nam Hà", "Quảng Nam - Đà Nẵng", "Sông Bé", "Vĩnh Phú"];
    const names = (day: number) => provincialOn(day).map(({ place }) => place.name);
    expect(names(19961231)).toEqual(expect.arrayContaining(split));
    expect(names(19970101).filter((name) => split.includes(name))).toEqual([]);
    expect(names(19970101)).toEqual(expect.arrayContaining(["Thái Nguyên", "Bắc Kạn", "Hải Dương", "Hưng Yên", "Bạc Liêu", "Cà Mau", "Nam Định", "Hà Nam", "Quảng Nam", "Đà Nẵng", "Bình Dương", "Bình Phước", "Vĩnh Phúc", "Phú Thọ"]));
    // split in two, so none has a single successor
    expect(PROVINCES.filter(({ place }) => split.includes(place.name)).every(({ place }) => place.successor === null)).toBe(true);
  });

  it("merges 52 units into 23 and leaves 11 as they were", () => {
    const merged = PROVINCES.filter(({ place }) => place.validUntil?.year === 2025);
    expect(merged).toHaveLength(52);
    expect(new Set(merged.map(({ place }) => place.successor)).size).toBe(23);
  });

  it("names as successor only units that exist the day after", () => {
    for (const { place } of PROVINCES) {
      if (!place.successor || !place.validUntil) continue;
      const { year = 0, month = 1, day = 1 } = place.validUntil;
      const next = new Date(Date.UTC(year, month - 1, day + 1));
      const dayAfter = next.getUTCFullYear() * 10000 + (next.getUTCMonth() + 1) * 100 + next.getUTCDate();
      expect(provincialOn(dayAfter).map((r) => r.place.name), `${place.name} → ${place.successor}`).toContain(place.successor);
    }
  });

  it("knows the mergers named in the resolution", () => {
    const successor = (name: string) => PROVINCES.find(({ place }) => place.name === name && place.validUntil?.year === 2025)?.place.successor;
    expect(successor("Hà Giang")).toBe("Tuyên Quang");
    expect(successor("Bình Dương")).toBe("Thành phố Hồ Chí Minh");
    expect(successor("Bà Rịa - Vũng Tàu")).toBe("Thành phố Hồ Chí Minh");
    expect(successor("Quảng Nam")).toBe("Đà Nẵng");
    expect(successor("Hải Dương")).toBe("Hải Phòng");
    expect(successor("Kiên Giang")).toBe("An Giang");
    expect(successor("Hà Tĩnh")).toBeUndefined();
  });
});
