import type { EventKind } from "@vnpol/schema";
import { romanToInt } from "../terms/roman-numeral";
import { asOrganiser } from "./event-context";
import { EVENT_WORDS, ORDINAL_WORDS } from "./event-words";

// A session, congress or meeting is often named after the body that holds it, which is then its
// organiser: `Kỳ họp thứ 7, Quốc hội khóa XV` (the National Assembly's session), `Đại hội X Đảng Cộng
// sản Việt Nam`, `Đại hội Đảng bộ tỉnh Đồng Nai lần thứ VIII`, `kỳ họp thứ 6 của HĐND TP`, `phiên họp
// Chính phủ thường kỳ tháng 9`, `cuộc họp báo thường kỳ của Bộ Ngoại giao`. A conference is its body's
// only when that body is a committee meeting in plenum (`Hội nghị lần thứ 10 Ban Chấp hành Trung ương
// Đảng`); other conferences name what they discuss (`hội nghị triển khai Nghị quyết Quốc hội`).

/** The kinds of event that may be named after the body that holds it. */
const HELD_BY_A_BODY: ReadonlySet<EventKind> = new Set(["session", "congress", "meeting", "conference"]);

/** The event words of those kinds, from the event words' table, longest first. */
const HEADS = EVENT_WORDS.filter((entry) => HELD_BY_A_BODY.has(entry.kind))
  .map((entry) => entry.word)
  .sort((a, b) => b.length - a.length);

/** Words between the event word and the body that say which of its events it is (`thứ 7`, `lần thứ nhất`, `đại biểu toàn quốc`). */
const WHICH_EVENT_WORDS: ReadonlySet<string> = new Set([
  "thứ", "lần", "đại", "biểu", "toàn", "quốc", "thường", "kỳ", "bất", "cuối", "cùng", "đầu", "tiên", "chuyên", "đề", "mươi", "mốt", "lăm", "báo",
  ...ORDINAL_WORDS,
]);

/** Where the body's name ends in the event's: before its term, its date or its topic. */
const AFTER_BODY = [" khóa ", " khoá ", " lần ", " nhiệm kỳ ", " thường kỳ", " tháng ", " năm ", " về ", " mở rộng", " (", ","];

/** The committees that meet in plenum, whose conference is their own. */
const PLENUM_BODIES = ["Ban Chấp hành", "BCH", "Ban Thường vụ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy"];

/** Heads that name no one body without the words after them (`Đại hội Đảng bộ lần thứ VIII`: of some Party organisation). */
const BARE_HEADS: ReadonlySet<string> = new Set(["Đảng bộ", "Đảng ủy", "Chi bộ", "Ban Chấp hành", "BCH", "Ban", "Hội", "Hội đồng", "Đoàn"]);

/** Words that make the body a kind of body, not one (`HĐND các cấp`, `Đảng bộ cơ sở`). */
const OF_A_KIND = [" các ", " cơ sở"];

/** An acronym in brackets after a name's words (`Ban Chấp hành (BCH) Trung ương`): dropped, the words on either side joined. */
const BRACKETED_ACRONYM = / \([A-ZĐ][A-ZĐ.&-]{0,9}\)/gu;

/** The Party, as a congress with its number names it: `Đại hội Đảng X`, `đại hội toàn quốc lần thứ X của Đảng`. */
const THE_PARTY = "Đảng";
const PARTY_NAME = "Đảng Cộng sản Việt Nam";

/** A term's or a meeting's number: digits (`7`) or a Roman numeral (`XIII`). */
const isNumeral = (word: string) => /^\d{1,3}$/u.test(word) || romanToInt(word) !== null;

/**
 * The body an event is named after (`Kỳ họp thứ 7, Quốc hội khóa XV` → `Quốc hội`), as written, or
 * null. `numbered` says the name gives the event's number or term (`Đại hội Đảng X`), with which
 * `Đảng` alone is the Communist Party of Vietnam.
 *
 * @example
 * ```ts
 * import { ownBodyOf } from "./own-body";
 * ownBodyOf("Kỳ họp thứ 7, Quốc hội khóa XV", "session", true);   // "Quốc hội"
 * ownBodyOf("hội nghị triển khai Nghị quyết Quốc hội", "conference", false); // null
 * ```
 */
export const ownBodyOf = (name: string, kind: EventKind, numbered: boolean): string | null => {
  if (!HELD_BY_A_BODY.has(kind)) return null;
  const lower = name.toLowerCase();
  const head = HEADS.find((word) => lower.startsWith(`${word} `));
  if (head === undefined) return null;
  const words = name.slice(head.length + 1).split(" ");
  let at = 0;
  for (; at < words.length - 1; at++) {
    const word = words[at]!.replace(/,$/u, "");
    // Written in lower case (`Quốc hội` is a body), or the capitalised `Đại biểu` of `Đại hội Đại biểu Đảng bộ TPHCM`.
    const ordinal = WHICH_EVENT_WORDS.has(word) || isNumeral(word) || (word === "Đại" && words[at + 1] === "biểu") || (word === "biểu" && words[at - 1] === "Đại");
    if (!ordinal) break;
  }
  if (words[at] === "của") at++;
  let rest = words.slice(at).join(" ").replace(BRACKETED_ACRONYM, "");
  for (const stop of AFTER_BODY) {
    const cut = rest.indexOf(stop);
    if (cut > 0) rest = rest.slice(0, cut);
  }
  const parts = rest.split(" ");
  while (parts.length > 1 && isNumeral(parts.at(-1)!)) parts.pop();
  rest = parts.join(" ");
  if (BARE_HEADS.has(rest) || OF_A_KIND.some((words) => `${rest} `.includes(words))) return null;
  if (rest === THE_PARTY) return kind === "congress" && numbered ? PARTY_NAME : null;
  if (kind === "conference" && !PLENUM_BODIES.some((body) => rest === body || rest.startsWith(`${body} `))) return null;
  return asOrganiser(rest);
};
