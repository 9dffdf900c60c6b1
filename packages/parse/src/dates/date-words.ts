/**
 * The Vietnamese words that name parts of dates, as data. Source for every table unless a
 * row says otherwise: Hoàng Phê (chủ biên), Từ điển tiếng Việt, Viện Ngôn ngữ học, NXB Đà Nẵng 2003.
 */
import type { PartOfDay } from "@vnpol/schema";

/** Parts of the day and the hours they cover (sáng: morning, trưa: noon, chiều: afternoon, tối: evening, đêm: night). */
export const PART_OF_DAY_WORDS: Readonly<Record<string, PartOfDay>> = {
  sáng: "morning",
  "sáng sớm": "morning",
  "rạng sáng": "morning",
  trưa: "noon",
  chiều: "afternoon",
  // dusk, the end of the afternoon into the evening (Chiều tối 26/4)
  "chiều tối": "evening",
  tối: "evening",
  đêm: "night",
  khuya: "night",
};

/** Weekday names: thứ Hai (Monday) … thứ Bảy (Saturday), Chủ nhật (Sunday); 0 = Sunday. */
export const WEEKDAY_WORDS: Readonly<Record<string, number>> = {
  "chủ nhật": 0,
  hai: 1,
  "2": 1,
  ba: 2,
  "3": 2,
  tư: 3,
  "4": 3,
  năm: 4,
  "5": 4,
  sáu: 5,
  "6": 5,
  bảy: 6,
  "7": 6,
};

/**
 * Month names after `tháng`. Giêng (1) and Chạp (12) name months of the lunar calendar;
 * the ordinals `tháng Một` … `tháng Mười Hai` are the solar months.
 */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  giêng: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  "mười một": 11,
  "mười hai": 12,
  chạp: 12,
};

/**
 * Words before a month that make it part of a name, not a date, unless a year is written with
 * it: `Cách mạng Tháng Tám` is the August Revolution (of 1945, which the text may not say).
 */
export const MONTH_NAME_LEADS: readonly string[] = ["cách mạng"];

/**
 * Words after a month spelled in lower case that make it a month of the calendar (`tháng bảy này`,
 * `tháng ba vừa qua`); without one, `tháng ba` is as often "three months" or part of a phrase.
 */
export const LOWER_MONTH_FOLLOWERS: readonly string[] = ["này", "vừa qua"];

/** Month names that only the lunar calendar uses. */
export const LUNAR_ONLY_MONTH_WORDS: ReadonlySet<string> = new Set(["giêng", "chạp"]);

const longestFirst = (words: string[]) => words.sort((a, b) => b.length - a.length).join("|");

/** A month after "tháng", in digits or any of {@link MONTH_WORDS}, as one regex group: `tháng 3`, `tháng Ba`, `tháng Giêng`. */
export const MONTH_GROUP = `(\\d{1,2}|${longestFirst(Object.keys(MONTH_WORDS))})`;

/** {@link MONTH_GROUP} without the lunar-only names: `đầu tháng 3`, `cuối tháng Mười`. */
export const SOLAR_MONTH_GROUP = `(\\d{1,2}|${longestFirst(Object.keys(MONTH_WORDS).filter((word) => !LUNAR_ONLY_MONTH_WORDS.has(word)))})`;

/**
 * Lunar month names after `rằm tháng` or in lunar dates: Giêng = 1, Một = 11 (the month
 * before Chạp), Chạp = 12 (Từ điển tiếng Việt, entries "giêng", "một", "chạp").
 */
export const LUNAR_MONTH_WORDS: Readonly<Record<string, number>> = { ...MONTH_WORDS, một: 11 };

/**
 * Numbers of months written as words in `sáu tháng đầu năm`, `Bảy tháng đầu năm 2005`: two to
 * eleven, the numerals that name the months, but four is `bốn` (`tư` is the fourth, April).
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...Object.entries(MONTH_WORDS).filter(([word, number]) => number >= 2 && number <= 11 && word !== "tư"),
  ["bốn", 4],
]);

/** The word for a quarter: today's `quý`, and `quí`, as the press of the 2000s spelled it (like `qui định`). */
export const QUARTER_LEADS: readonly string[] = ["quý", "quí"];

/** Quarter numerals: `quý I` … `quý IV` (Roman, as official reports write them) or digits. */
export const QUARTER_WORDS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** The ten heavenly stems (can), in cycle order from Giáp. */
export const HEAVENLY_STEMS: readonly string[] = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];

/** The twelve earthly branches (chi), in cycle order from Tý; variants share an index. */
export const EARTHLY_BRANCHES: Readonly<Record<string, number>> = {
  tý: 0,
  tí: 0,
  sửu: 1,
  dần: 2,
  mão: 3,
  mẹo: 3,
  thìn: 4,
  tỵ: 5,
  tị: 5,
  ngọ: 6,
  mùi: 7,
  thân: 8,
  dậu: 9,
  tuất: 10,
  hợi: 11,
};

/**
 * Parts of a year or month as periods. `đầu/giữa/cuối tháng` follow the three ten-day
 * parts of a month (thượng tuần 1–10, trung tuần 11–20, hạ tuần 21–end, Từ điển tiếng
 * Việt); `đầu/giữa/cuối năm` take the first, middle two and last quarter — a project
 * convention, stated here so that users can see it.
 */
export const PART_OF_YEAR_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  đầu: [1, 3],
  giữa: [5, 8],
  cuối: [10, 12],
};

/** Ten-day parts of a month: [first day, last day]; 31 stands for the month's last day. */
export const PART_OF_MONTH_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  đầu: [1, 10],
  "thượng tuần": [1, 10],
  giữa: [11, 20],
  "trung tuần": [11, 20],
  cuối: [21, 31],
  "hạ tuần": [21, 31],
};

/** Words before a number that make it a length of time or a label, not a moment (`trong 3 giờ`, `mất 2h`, `biển số 16H`). */
export const DURATION_CUES: ReadonlySet<string> = new Set(["trong", "mất", "suốt", "hơn", "gần", "vòng", "được", "dài", "tròn", "thêm", "tiếng", "số"]);

/**
 * Words before a number of hours that make it a moment, part of the time's text: `lúc 14 giờ`
 * (at), `Đúng 20 giờ` (at exactly), `hồi 19 giờ` (at, in the past). After a word of length
 * (`mất đúng 2 giờ`), "đúng" and "hồi" still leave a length.
 */
export const MOMENT_LEADS: readonly string[] = ["lúc", "đúng", "hồi"];

/** Words after an hour that make it a clock time, not a length: `Đến 20 giờ cùng ngày` (at 8 p.m. that same day). */
export const MOMENT_TAILS: readonly string[] = [" cùng ngày"];

/** Words before a number of hours that leave it open between a moment and a length (`khoảng 2 giờ`, `sau 9h`). */
export const APPROXIMATE_CUES: ReadonlySet<string> = new Set(["khoảng", "sau", "chừng", "tầm"]);

/** The {@link APPROXIMATE_CUES} that mean "about", which may stand between `vào` (at) and an hour (`vào khoảng 22 giờ`); not `sau` (after). */
export const AROUND_CUES: ReadonlySet<string> = new Set([...APPROXIMATE_CUES].filter((word) => word !== "sau"));

/**
 * Units of time after a bare `d-m` that make it a length (`từ 1-2 năm`, `từ 3-6 tháng`), unless
 * a year follows (`2-9 năm 1945`, `1-5 năm nay`). A slash keeps the date: `Hôm nay 30/4 ngày đầu`.
 */
export const LENGTH_UNITS: ReadonlySet<string> = new Set(["năm", "tháng", "tuần", "ngày", "giờ", "tiếng", "phút"]);

/** Words after "năm" that name a year, not a number of years (`năm nay`, `năm ngoái`). */
export const YEAR_NAMING_WORDS: ReadonlySet<string> = new Set(["nay", "ngoái"]);

/**
 * Words after a bare `d/m` or `d-m` that make it a count, a fraction or a ratio, even after
 * a cue (`từ 6-10 lượt`, `từ 2/3 tổng số`, `4/4 thôn`).
 */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  "lượt", "người", "gia", "lần", "tuổi", "tổng", "số", "km", "m", "cm", "mm", "kg", "g", "tấn",
  "ha", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "đồng", "usd", "học", "hộ", "xã", "thôn", "phường", "huyện", "tỉnh", "căn",
  "ca", "bệnh", "vụ", "điểm", "bàn", "trận", "ván", "đơn", "trường", "lớp", "em", "cháu", "chiếc", "con", "cây", "ô", "phòng", "bộ",
  "mét", "lít", "chuyến", "làn", "mức", "đội", "đại", "thành", "cơ", "doanh", "dự", "công", "nhà", "hồ", "xe", "tàu", "suất", "phần", "tiêu", "nhu",
]);

/**
 * Words of {@link COUNT_WORDS} that are verbs before one of their second words, and then leave a
 * date a date: `chiều 13-9 bàn về đề án` (discussed), `3/5 bàn giao` (handed over).
 */
export const COUNT_WORD_VERBS: ReadonlyMap<string, readonly string[]> = new Map([["bàn", ["về", "giao", "bạc", "thảo", "luận", "cách"]]]);

/**
 * Words after a bare `d/m` that make it a count only before one of their second words:
 * `3/5 chỉ tiêu` (targets), `1/2 chỉ vàng` (a unit of gold), `2/3 thời gian` (two thirds of the
 * time); `sáng 6/1 chỉ còn` is a date.
 */
export const COUNT_WORD_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  ["chỉ", ["tiêu", "vàng"]],
  ["thời", ["gian"]],
]);

/** Words before a bare `d/m` that make it a date (`vào 20/5`, `từ 1/7`, `hôm 3/2`). */
export const DATE_CUES: ReadonlySet<string> = new Set([
  "vào",
  "từ",
  "đến",
  "tới",
  "trước",
  "sau",
  "hôm",
  "hạn",
  "nay",
  "kể",
  "lúc",
  "tính",
  "đêm",
  "sáng",
  "trưa",
  "chiều",
  "tối",
  "khuya",
  "mai",
  "qua",
  "dịp",
  "nghỉ",
  "lễ",
  "niệm",
  "mạc",
  "khánh",
]);

/**
 * Nouns after which `hôm nay` means "of the present day", not the day of writing: `thế hệ hôm
 * nay` is today's generation (Từ điển tiếng Việt, "hôm nay": also the present time).
 */
export const PRESENT_DAY_NOUNS: readonly string[] = ["thế hệ", "lớp trẻ", "giới trẻ", "tuổi trẻ", "con người", "xã hội", "thời đại"];
