/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from astronomy: months start on the
 * local day of the new moon, month 11 holds the winter solstice, and in a 13-month year the
 * first month without a major solar term (trung khí) is the leap month. Vietnam has used
 * UTC+7 since 1968, so its calendar differs from China's (UTC+8) in some years (Tết 1985, 2007).
 * New moons: J. Meeus, Astronomical Algorithms (2nd ed.), ch. 49; solar longitude: ch. 25.
 */

/**
 * A date of the Vietnamese lunar calendar; `leap` marks a day of the leap month (tháng nhuận).
 *
 * @example
 * ```ts
 * import { type LunarDate } from "@vnpol/parse";
 * const ramThangGieng: LunarDate = { year: 2022, month: 1, day: 15, leap: false }; // rằm tháng Giêng Nhâm Dần
 * ```
 */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/**
 * A date of the Gregorian calendar.
 *
 * @example
 * ```ts
 * import { type SolarDate } from "@vnpol/parse";
 * const tet2022: SolarDate = { year: 2022, month: 2, day: 1 };
 * ```
 */
export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

const VIETNAM_UTC_OFFSET_HOURS = 7;
const SYNODIC_MONTH = 29.530588861;
const RAD = Math.PI / 180;

/** Julian day number (noon-based integer) of a Gregorian date. */
export const julianDayNumber = (year: number, month: number, day: number): number => {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
};

/** The Gregorian date of a Julian day number. */
export const fromJulianDayNumber = (jdn: number): SolarDate => {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    year: 100 * b + d - 4800 + Math.floor(m / 10),
    month: m + 3 - 12 * Math.floor(m / 10),
    day: e - Math.floor((153 * m + 2) / 5) + 1,
  };
};

// ΔT = TT − UT in seconds, Espenak & Meeus polynomials for the years the news covers.
const deltaTSeconds = (year: number): number => {
  if (year >= 2005 && year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  if (year >= 1986 && year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year >= 1961 && year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year >= 1941 && year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year >= 1920 && year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year >= 1900 && year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  const u = (year - 1820) / 100;
  return year >= 2050 && year < 2150 ? -20 + 32 * u * u - 0.5628 * (2150 - year) : -20 + 32 * u * u;
};

/** Julian date (UT) of the `k`-th new moon after that of 6 January 2000 (Meeus ch. 49). */
const newMoonJulianDate = (k: number): number => {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
  const correction =
    -0.4072 * Math.sin(mp) +
    0.17241 * e * Math.sin(m) +
    0.01608 * Math.sin(2 * mp) +
    0.01039 * Math.sin(2 * f) +
    0.00739 * e * Math.sin(mp - m) -
    0.00514 * e * Math.sin(mp + m) +
    0.00208 * e * e * Math.sin(2 * m) -
    0.00111 * Math.sin(mp - 2 * f) -
    0.00057 * Math.sin(mp + 2 * f) +
    0.00056 * e * Math.sin(2 * mp + m) -
    0.00042 * Math.sin(3 * mp) +
    0.00042 * e * Math.sin(m + 2 * f) +
    0.00038 * e * Math.sin(m - 2 * f) -
    0.00024 * e * Math.sin(2 * mp - m) -
    0.00017 * Math.sin(omega) -
    0.00007 * Math.sin(mp + 2 * m) +
    0.00004 * Math.sin(2 * mp - 2 * f) +
    0.00004 * Math.sin(3 * m) +
    0.00003 * Math.sin(mp + m - 2 * f) +
    0.00003 * Math.sin(2 * mp + 2 * f) -
    0.00003 * Math.sin(mp + m + 2 * f) +
    0.00003 * Math.sin(mp - m + 2 * f) -
    0.00002 * Math.sin(mp - m - 2 * f) -
    0.00002 * Math.sin(3 * mp + m) +
    0.00002 * Math.sin(4 * mp);
  const approxYear = 2000 + k / 12.3685;
  return jde + correction - deltaTSeconds(approxYear) / 86400;
};

/** Apparent ecliptic longitude of the Sun in degrees [0, 360) at Julian date `jd` (Meeus ch. 25). */
const sunLongitude = (jd: number): number => {
  const t = (jd - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  const apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  return ((apparent % 360) + 360) % 360;
};

/** Julian day number of the local day on which the `k`-th new moon falls. */
const newMoonDay = (k: number, tz: number): number => Math.floor(newMoonJulianDate(k) + 0.5 + tz / 24);

/** Which 30° sector (0–11) the Sun is in at local midnight starting day `jdn`. */
const sunSector = (jdn: number, tz: number): number => Math.floor(sunLongitude(jdn - 0.5 - tz / 24) / 30);

/** Index `k` of the new moon nearest before or on day `jdn` (a starting guess, then corrected). */
const newMoonIndexOnOrBefore = (jdn: number, tz: number): number => {
  let k = Math.floor((jdn - 2451550.09766) / SYNODIC_MONTH);
  while (newMoonDay(k + 1, tz) <= jdn) k++;
  while (newMoonDay(k, tz) > jdn) k--;
  return k;
};

/** Index of the new moon that starts month 11 (the month holding the winter solstice) of solar year `year`. */
const month11Index = (year: number, tz: number): number => {
  const k = newMoonIndexOnOrBefore(julianDayNumber(year, 12, 31), tz);
  // Sun already past 270° when this month starts: the solstice fell in the month before.
  return sunSector(newMoonDay(k, tz), tz) >= 9 ? k - 1 : k;
};

/** Offset (from month 11) of the leap month in the 13-month year starting at new moon `k11`. */
const leapMonthOffset = (k11: number, tz: number): number => {
  let last = sunSector(newMoonDay(k11 + 1, tz), tz);
  for (let i = 1; i < 14; i++) {
    const next = sunSector(newMoonDay(k11 + i + 1, tz), tz);
    if (next === last) return i;
    last = next;
  }
  return 13;
};

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar (UTC+7 by default).
 *
 * @example
 * ```ts
 * import { solarToLunar } from "@vnpol/parse";
 * solarToLunar({ year: 2022, month: 2, day: 1 }); // { year: 2022, month: 1, day: 1, leap: false } — Tết Nhâm Dần
 * ```
 */
export const solarToLunar = (date: SolarDate, utcOffsetHours: number = VIETNAM_UTC_OFFSET_HOURS): LunarDate => {
  const tz = utcOffsetHours;
  const jdn = julianDayNumber(date.year, date.month, date.day);
  const k = newMoonIndexOnOrBefore(jdn, tz);
  const monthStart = newMoonDay(k, tz);
  let k11a = month11Index(date.year, tz);
  let k11b: number;
  let lunarYear: number;
  if (newMoonDay(k11a, tz) > monthStart) {
    lunarYear = date.year;
    k11b = k11a;
    k11a = month11Index(date.year - 1, tz);
  } else {
    lunarYear = date.year + 1;
    k11b = month11Index(date.year + 1, tz);
  }
  const day = jdn - monthStart + 1;
  const diff = k - k11a;
  let month = diff + 11;
  let leap = false;
  if (k11b - k11a > 12) {
    const leapOffset = leapMonthOffset(k11a, tz);
    if (diff >= leapOffset) {
      month = diff + 10;
      if (diff === leapOffset) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
};

/**
 * Converts a Vietnamese lunar date to the Gregorian calendar (UTC+7 by default); `null` when the
 * date does not exist (day 30 of a 29-day month, or a leap month the year does not have).
 *
 * @example
 * ```ts
 * import { lunarToSolar } from "@vnpol/parse";
 * lunarToSolar({ year: 2023, month: 1, day: 1, leap: false }); // { year: 2023, month: 1, day: 22 } — Tết Quý Mão
 * ```
 */
export const lunarToSolar = (date: LunarDate, utcOffsetHours: number = VIETNAM_UTC_OFFSET_HOURS): SolarDate | null => {
  const tz = utcOffsetHours;
  if (!Number.isInteger(date.year) || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 30) return null;
  const [k11a, k11b] =
    date.month < 11 ? [month11Index(date.year - 1, tz), month11Index(date.year, tz)] : [month11Index(date.year, tz), month11Index(date.year + 1, tz)];
  let offset = date.month - 11;
  if (offset < 0) offset += 12;
  if (k11b - k11a > 12) {
    const leapOffset = leapMonthOffset(k11a, tz);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (date.leap && date.month !== leapMonth) return null;
    if (date.leap || offset >= leapOffset) offset += 1;
  } else if (date.leap) {
    return null;
  }
  const start = newMoonDay(k11a + offset, tz);
  const jdn = start + date.day - 1;
  if (jdn >= newMoonDay(k11a + offset + 1, tz)) return null;
  return fromJulianDayNumber(jdn);
};
