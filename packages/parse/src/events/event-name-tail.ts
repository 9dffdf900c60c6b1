import type { Term } from "@vnpol/schema";
import type { WordList } from "../places/word-list";
import { NAME_STOPS } from "./event-words";
import { spells } from "./token-sequence";

const MAX_BODY_WORDS = 6;
const UNIT_WORDS = [["tỉnh"], ["huyện"], ["thành", "phố"], ["xã"], ["quận"], ["thị", "xã"], ["thị", "trấn"], ["phường"]] as const;

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
  if (!spells(words, at, ["của"]) || words.get(at + 1)?.text !== "Đảng") return at;
  let j = at + 2;
  if (spells(words, j, ["cộng", "sản", "việt", "nam"]) && words.isSpaceBefore(j)) return j + 4;
  // "của Đảng bộ tỉnh X" goes on to the committee's place; after "của Đảng" alone the name ends
  // ("Đại hội X của Đảng Ban Chấp hành Trung ương …" runs into the next sentence's subject).
  if (!words.is(j, "bộ") || !words.isSpaceBefore(j)) return j;
  j++;
  while (j < words.length && j < at + 2 + MAX_BODY_WORDS && words.isSpaceBefore(j)) {
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
