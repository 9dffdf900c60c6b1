import type { Term } from "@vnpol/schema";
import { isCapitalized, type WordToken } from "../places/word-tokens";
import { NAME_STOPS } from "./event-words";
import { gapBefore, spells } from "./token-sequence";

type Token = WordToken;

const MAX_BODY_WORDS = 6;
const UNIT_WORDS = [["tỉnh"], ["huyện"], ["thành", "phố"], ["xã"], ["quận"], ["thị", "xã"], ["thị", "trấn"], ["phường"]] as const;

/**
 * Where a congress's name ends after its number: `của Đảng`, `của Đảng bộ tỉnh`, `của Đảng bộ
 * huyện Bắc Mê`; `at` itself when no such words follow.
 *
 * @example
 * ```ts
 * import { wordTokens } from "../places/word-tokens";
 * import { afterPartyOf } from "./event-name-tail";
 * const body = "Đại hội XIV của Đảng bộ tỉnh, …";
 * afterPartyOf(body, wordTokens(body), 3); // 7: "của Đảng bộ tỉnh" joins the name
 * ```
 */
export const afterPartyOf = (body: string, tokens: readonly Token[], at: number): number => {
  if (gapBefore(body, tokens, at) !== " " || !spells(body, tokens, at, ["của"]) || tokens[at + 1]?.text !== "Đảng") return at;
  let j = at + 2;
  if (spells(body, tokens, j, ["cộng", "sản", "việt", "nam"]) && gapBefore(body, tokens, j) === " ") return j + 4;
  if (tokens[j]?.lower === "bộ" && gapBefore(body, tokens, j) === " ") j++;
  while (j < tokens.length && j < at + 2 + MAX_BODY_WORDS && gapBefore(body, tokens, j) === " ") {
    const unit = UNIT_WORDS.find((words) => spells(body, tokens, j, words));
    if (unit !== undefined) j += unit.length;
    else if (isCapitalized((tokens[j] as Token).text)) j++;
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
 * import { wordTokens } from "../places/word-tokens";
 * import { legislatureAfter } from "./event-name-tail";
 * const body = "Kỳ họp thứ 7, Quốc hội khóa XV";
 * const termAt = (at: number) => (at === 6 ? { term: { startYear: null, endYear: null, ordinal: 15 }, next: 8 } : null);
 * legislatureAfter(body, wordTokens(body), 4, termAt)?.next; // 8
 * ```
 */
export const legislatureAfter = (
  body: string,
  tokens: readonly Token[],
  at: number,
  termAt: (at: number) => { term: Term; next: number } | null,
): { term: Term; next: number } | null => {
  const gap = gapBefore(body, tokens, at);
  if (gap !== " " && gap !== ", ") return null;
  let j = at;
  if (tokens[j]?.lower === "của") j++;
  const first = tokens[j];
  if (first === undefined || first.text.charAt(0) === first.text.charAt(0).toLowerCase()) return null;
  for (let k = j; k < tokens.length && k <= j + MAX_BODY_WORDS; k++) {
    if (k > at && gapBefore(body, tokens, k) !== " ") return null;
    const term = termAt(k);
    if (term !== null) return k > j ? term : null;
    if (NAME_STOPS.has((tokens[k] as Token).lower)) return null;
  }
  return null;
};
