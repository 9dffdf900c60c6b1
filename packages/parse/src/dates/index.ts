export { findDates, type DateOptions } from "./find-dates";
export { parseDate, parseDateOrThrow } from "./parse-date";
export { lunarToSolar, solarToLunar, type LunarDate, type SolarDate } from "./lunar-calendar";
