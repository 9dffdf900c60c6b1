import type { Place } from "@vnpol/schema";
import { asOfDay, dayOf, type DayNumber } from "./as-of";
import { CITY_ONLY_NAMES, GLUED_NAMES } from "./city-names";
import { PROVINCES, type ProvinceRecord } from "./provinces";

export { CITY_ONLY_NAMES, GLUED_NAMES };

/**
 * The words of a name, hyphens and spaces alike: `Bà Rịa - Vũng Tàu` → `Bà Rịa Vũng Tàu`.
 *
 * @example
 * ```ts
 * import { nameKey } from "./resolve-province";
 * nameKey("Bà Rịa-Vũng Tàu"); // "Bà Rịa Vũng Tàu"
 * ```
 */
export const nameKey = (name: string): string =>
  name
    .normalize("NFC")
    .split(/[\s\-–]+/u)
    .filter((word) => word.length > 0)
    .join(" ");

const buildIndex = (): ReadonlyMap<string, readonly ProvinceRecord[]> => {
  const index = new Map<string, ProvinceRecord[]>();
  for (const record of PROVINCES) {
    for (const spelling of [record.place.name, ...record.aliases]) {
      const key = nameKey(spelling);
      const rows = index.get(key) ?? [];
      if (!rows.includes(record)) rows.push(record);
      index.set(key, rows);
    }
  }
  return index;
};


const TYPE_PREFIX = /^(?:tỉnh|thành phố|tp\.?)\s*/iu;

/** Every spelling of the province table, by {@link nameKey}. */
export const PROVINCE_INDEX: ReadonlyMap<string, readonly ProvinceRecord[]> = buildIndex();

/** The longest name in the table, in words; bounds every look-up. */
export const LONGEST_PROVINCE_NAME = Math.max(...[...PROVINCE_INDEX.keys()].map((key) => key.split(" ").length));

const lastDay = (record: ProvinceRecord): DayNumber => dayOf(record.place.validUntil) ?? Number.POSITIVE_INFINITY;
const firstDay = (record: ProvinceRecord): DayNumber => dayOf(record.place.validFrom) ?? Number.NEGATIVE_INFINITY;

const copy = (place: Place): Place => ({ ...place });

/**
 * Picks among the forms a name has had; see {@link resolveProvince} for the rules.
 *
 * @example
 * ```ts
 * import { PROVINCE_INDEX, pickForm } from "./resolve-province";
 * pickForm(PROVINCE_INDEX.get("Tuyên Quang") ?? [], 20210101)?.validUntil;  // null
 * pickForm(PROVINCE_INDEX.get("Tuyên Quang") ?? [], null)?.validFrom;       // null (two forms, no date)
 * ```
 */
export const pickForm = (records: readonly ProvinceRecord[], day: DayNumber | null): Place | null => {
  const [only] = records;
  if (only === undefined) return null;
  if (day === null) {
    if (records.length === 1) return copy(only.place);
    // Several forms and no date: say what they share, never which period.
    const latest = records.reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a));
    return { ...latest.place, validFrom: null, validUntil: null, successor: null };
  }
  const current = records.find((record) => firstDay(record) <= day && day <= lastDay(record));
  // As of a day the unit existed, it had not yet ended nor been merged.
  if (current !== undefined) return { ...current.place, validUntil: null, successor: null };
  const ended = records.filter((record) => lastDay(record) < day);
  if (ended.length > 0) return copy(ended.reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a)).place);
  return copy(records.reduce((a, b) => (firstDay(b) < firstDay(a) ? b : a)).place);
};

/**
 * Resolves a provincial-level name (`Bình Dương`, `tỉnh Thừa Thiên - Huế`, `Đắc Lắc`, `TP.HCM`)
 * against the province table, as of a day when given.
 *
 * With `asOf` (an article's date, `Date` or `YYYY-MM-DD`), the form of the unit that existed
 * that day is returned, with `validUntil` and `successor` null because it still existed; if it
 * had already ended, the last form is returned with its `validUntil` and `successor`. Without
 * `asOf`, a name with a single form gets all its facts, and a name with several forms (Tuyên
 * Quang before and after 1 July 2025) gets its type and level only. Unknown names give null.
 *
 * @example
 * ```ts
 * import { resolveProvince } from "@vnpol/parse";
 * resolveProvince("Bình Dương", { asOf: "2021-07-13" })?.successor;  // null
 * resolveProvince("Bình Dương", { asOf: "2025-08-01" })?.successor;  // "Thành phố Hồ Chí Minh"
 * resolveProvince("Hà Tây", { asOf: "2006-01-01" })?.validUntil;     // null
 * resolveProvince("TP.HCM")?.name;                                  // "Thành phố Hồ Chí Minh"
 * resolveProvince("Atlantis");                                      // null
 * ```
 */
export const resolveProvince = (name: string, options: { asOf?: Date | string } = {}): Place | null => {
  const written = name.normalize("NFC").trim();
  const withoutType = written.replace(TYPE_PREFIX, "");
  const alias = GLUED_NAMES.get(written) ?? (withoutType !== written ? CITY_ONLY_NAMES.get(nameKey(withoutType)) : undefined);
  const records = PROVINCE_INDEX.get(nameKey(written)) ?? PROVINCE_INDEX.get(nameKey(alias ?? withoutType));
  return records === undefined ? null : pickForm(records, asOfDay(options.asOf));
};
