import type { Term } from "@vnpol/schema";
import { isUpperCode, spells, type WordList } from "../places/word-list";
import { NAME_STOPS } from "./event-words";

const MAX_BODY_WORDS = 6;
const UNIT_WORDS = [["tỉnh"], ["huyện"], ["thành", "phố"], ["tp"], ["xã"], ["quận"], ["thị", "xã"], ["thị", "trấn"], ["phường"]] as const;

/**
 * Where a congress's name ends after its number: `của Đảng`, `của Đảng bộ tỉnh`, `của Đảng bộ
 * huyện Bắc Mê`; `at` itself when no such words follow.
 *
 * @example
 * ```ts
 * import { WordList } from "../places/word-list";
 * import { afterPartyOf } from "./event-name-tail";
 * afterPartyOf(new WordList("Đại hội XIV của Đảng bộ tỉnh, …"), 3); // 7: "của Đảng bộ tỉnh" joins the name
 * ```
 */
export const afterPartyOf = (words: WordList, at: number): number => {
  if (!words.isSpaceBefore(at)) return at;
  // "Đại hội đại biểu toàn quốc lần thứ X Đảng Cộng sản Việt Nam": the Party's name with no `của`.
  if (words.get(at)?.text === "Đảng" && spells(words, at + 1, ["cộng", "sản"])) {
    if (spells(words, at + 3, ["việt", "nam"])) return at + 5;
    if (spells(words, at + 3, ["vn"])) return at + 4;
  }
  // "Đại hội lần XIII Đảng bộ TP": the committee's organisation written with no `của`.
  const of = spells(words, at, ["của"]) ? at + 1 : words.is(at + 1, "bộ") ? at : -1;
  if (of < 0 || words.get(of)?.text !== "Đảng") return at;
  let j = of + 1;
  if (spells(words, j, ["cộng", "sản", "việt", "nam"]) && words.isSpaceBefore(j)) return j + 4;
  // "của Đảng bộ tỉnh X" goes on to the committee's place; after "của Đảng" alone the name ends
  // ("Đại hội X của Đảng Ban Chấp hành Trung ương …" runs into the next sentence's subject).
  if (!words.is(j, "bộ") || !words.isSpaceBefore(j)) return j;
  j++;
  while (j < words.length && j < of + 1 + MAX_BODY_WORDS && words.isSpaceBefore(j)) {
    const unit = UNIT_WORDS.find((unitWords) => spells(words, j, unitWords));
    if (unit !== undefined) j += unit.length;
    else if (words.isCapitalized(j)) j++;
    else break;
  }
  return j;
};

/**
 * The legislature written after a session's number (`, Quốc hội khóa XV`, ` của HĐND tỉnh khóa
 * XVIII`): its term and where the name then ends, or null.
 *
 * @example
 * ```ts
 * import { WordList } from "../places/word-list";
 * import { legislatureAfter } from "./event-name-tail";
 * const termAt = (at: number) => (at === 6 ? { term: { startYear: null, endYear: null, ordinal: 15 }, next: 8 } : null);
 * legislatureAfter(new WordList("Kỳ họp thứ 7, Quốc hội khóa XV"), 4, termAt)?.next; // 8
 * ```
 */
export const legislatureAfter = (
  words: WordList,
  at: number,
  termAt: (at: number) => { term: Term; next: number } | null,
): { term: Term; next: number } | null => {
  const gap = words.gapBefore(at);
  if (gap !== " " && gap !== ", ") return null;
  let j = at;
  if (words.is(j, "của")) j++;
  const first = words.get(j);
  if (first === undefined || first.text.charAt(0) === first.text.charAt(0).toLowerCase()) return null;
  for (let k = j; k < words.length && k <= j + MAX_BODY_WORDS; k++) {
    if (k > at && !words.isSpaceBefore(k)) return null;
    const term = termAt(k);
    if (term !== null) return k > j ? term : null;
    if (NAME_STOPS.has(words.get(k)?.lower ?? "")) return null;
  }
  return null;
};

/** Whether a word of {@link NAME_STOPS}, alone or with the word after it (`thông qua`), stands at `at`. */
const isNameStopAt = (words: WordList, at: number): boolean =>
  NAME_STOPS.has(words.get(at)?.lower ?? "") || NAME_STOPS.has(`${words.get(at)?.lower ?? ""} ${words.get(at + 1)?.lower ?? ""}`);

/** Whether word `at` opens with a capital: a capitalised word or an abbreviation (`HĐND`, `VN`). */
const opensWithCapital = (words: WordList, at: number): boolean => at < words.length && isUpperCode(words.firstCode(at));

/**
 * Where a session's or meeting's name ends when `của` and the capitalised name of the body
 * that meets follow it with no term (`kỳ họp lần thứ 2 của Ủy ban Hỗn hợp VN-Tây Ban Nha`):
 * just past that name, or `at` when no such name follows. Words joined by a dash with no
 * space (`VN-Tây`) are one; each capitalised word may carry one syllable in lower case.
 *
 * @example
 * ```ts
 * import { WordList } from "../places/word-list";
 * import { meetingBodyAfter } from "./event-name-tail";
 * meetingBodyAfter(new WordList("kỳ họp lần thứ 2 của Ủy ban Hỗn hợp VN-Tây Ban Nha diễn ra"), 5); // 13
 * ```
 */
export const meetingBodyAfter = (words: WordList, at: number): number => {
  if (!words.is(at, "của") || !words.isSpaceBefore(at) || !opensWithCapital(words, at + 1)) return at;
  let end = at + 2;
  let afterCapital = true;
  // Capitalised words, each of which may carry one syllable in lower case (`Ủy ban Hỗn hợp`, `Quốc hội`).
  for (let j = at + 2; j < words.length && j <= at + 1 + MAX_BODY_WORDS * 2; j++) {
    const gap = words.gapBefore(j);
    const capital = opensWithCapital(words, j);
    // `TP.HCM`: capitals joined by a dot are one abbreviation.
    const dotted = gap === "." && capital && afterCapital;
    if (!words.isSpaceBefore(j) && gap !== "-" && !dotted) break;
    if (!capital && isNameStopAt(words, j)) break;
    // Two syllables in lower case in a row: the name runs on in lower case (`Ủy ban thường vụ`), and a cut name is not given.
    if (!capital && !afterCapital) return at;
    afterCapital = capital;
    end = j + 1;
  }
  return end;
};
