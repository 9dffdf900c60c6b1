import type { DocumentSystem } from "@vnpol/schema";
import { documentIssuers } from "./document-issuers";
import { issuerHeads } from "./issuer-heads";
import { isUpperLetter, isWordChar } from "./word-chars";

/** An issuer named after a reference: where the name ends, the name, and its system. */
export interface IssuerPhrase {
  readonly end: number;
  readonly name: string;
  readonly system: DocumentSystem | null;
}

interface Candidate {
  readonly lower: string;
  readonly system: DocumentSystem | null;
  /** The table's name, for a name the press writes otherwise (`Bộ Lao động Thương binh và Xã hội`). */
  readonly spelled?: string;
}

/** A name with ` - ` between two fields as the press also writes it: with a space alone, or a tight dash (`Bộ Lao động Thương binh và Xã hội`). */
const spellingsOf = (lower: string): string[] => (lower.includes(" - ") ? [lower, lower.replaceAll(" - ", " "), lower.replaceAll(" - ", "-")] : [lower]);

// Full names first (ministries write later words in lower case: Bộ Giao thông vận tải), then heads.
const CANDIDATES: readonly Candidate[] = [
  ...documentIssuers
    .filter((issuer) => issuer.name.includes(" "))
    .flatMap((issuer) => {
      const head = issuerHeads.find((h) => h.head === issuer.name);
      const system = head === undefined ? issuer.system : head.system;
      return spellingsOf(issuer.name.toLowerCase()).map((lower, k) => (k === 0 ? { lower, system } : { lower, system, spelled: issuer.name }));
    }),
  ...issuerHeads.map((head) => ({ lower: head.head.toLowerCase(), system: head.system })),
].sort((a, b) => b.lower.length - a.lower.length);

// Candidates by their first word, so a lookup tests a handful instead of all.
const BY_FIRST_WORD = new Map<string, Candidate[]>();
for (const candidate of CANDIDATES) {
  const first = candidate.lower.split(" ")[0]!;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), candidate]);
}

// Lower-case words that belong inside a body's name: its tier and the words of Ủy ban nhân dân.
const INNER = new Set(["tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn", "khóa", "nhân", "dân", "đảng", "gia", "trung", "ương"]);
// Lower-case words that end a name: verbs and prepositions that follow the issuer.
const STOP = new Set(
  "về ban hành đã và là có được theo tại trong của cho với ngày số để do thì mà này đó khi từ đến gửi nêu ký vừa sẽ không việc nhằm yêu cầu quy định hướng dẫn chỉ đạo sửa đổi bổ sung thay thế phê duyệt công bố thông qua thành lập".split(" "),
);
// Capitalised words that start the next reference, not the rest of a name: "của Chính phủ sửa đổi Nghị định".
const KIND_STARTS = new Set(["Nghị", "Quyết", "Chỉ", "Thông", "Kết", "Luật", "Pháp", "Công", "Hướng", "Kế", "Quy", "Tờ", "Báo", "Chương", "Đề"]);
// A one-word head with nothing after it names no body: "của Ban", "của Bộ".
const BARE_HEADS = new Set(["ban", "bộ", "sở", "cục", "hội đồng", "ủy ban", "văn phòng", "thanh tra"]);
// Posts held by one person: a capitalised word after them is the holder's name, not part of the body.
const PERSONAL = new Set(["chủ tịch nước", "thủ tướng", "thủ tướng chính phủ", "phó thủ tướng", "phó thủ tướng chính phủ", "bộ trưởng"]);
// Heads followed by a two-syllable name written with one capital: Bộ Tài chính, Sở Nội vụ, Bộ Y tế.
const NAMED_BODIES = new Set(["bộ", "sở", "cục", "tổng cục", "ủy ban", "hội đồng", "ban"]);
const MAX_WORDS = 10;
const MAX_LOOKAHEAD = 2;

const readWord = (text: string, i: number): number => {
  let j = i;
  // Dots and hyphens inside abbreviations: TP.HCM, LĐ-TB-XH.
  while (j < text.length && (isWordChar(text[j]) || (text[j] === "." && isWordChar(text[j - 1]) && isWordChar(text[j + 1])) || (text[j] === "-" && isWordChar(text[j - 1]) && isUpperLetter(text[j + 1])))) j++;
  return j;
};

const TERM = /^\((?:khóa|Khóa) [IVXLC]+\)/u;

/**
 * Reads `của <issuer>` at `i` in normalised text: a known body (`Ban Bí thư`, `Chính phủ`,
 * `UBND`, `Bộ Y tế`…) and the words that continue its name (`tỉnh Hải Dương`, `khóa XI`,
 * `(khóa X)`). Returns `null` when no known body follows `của`.
 *
 * @example
 * ```ts
 * import { readIssuerPhrase } from "./issuer-phrase";
 * const text = "Nghị quyết số 09-NQ/TW của Bộ Chính trị khóa XI về xây dựng";
 * readIssuerPhrase(text, 23); // { end: 47, name: "Bộ Chính trị khóa XI", system: "party" }
 * readIssuerPhrase("của mình", 0); // null
 * ```
 */
export const readIssuerPhrase = (text: string, i: number): IssuerPhrase | null => {
  if (!text.startsWith("của ", i)) return null;
  const at = i + 4;
  if (!isUpperLetter(text[at])) return null;
  let firstEnd = at;
  while (firstEnd < text.length && firstEnd - at < 8 && text[firstEnd] !== " " && text[firstEnd] !== ",") firstEnd++;
  const group = BY_FIRST_WORD.get(text.slice(at, firstEnd).toLowerCase());
  if (group === undefined) return null;
  const window = text.slice(at, at + 48).toLowerCase();
  const candidate = group.find((c) => window.startsWith(c.lower) && !isWordChar(window[c.lower.length]));
  if (candidate === undefined) return null;
  let end = at + candidate.lower.length;
  const personal = PERSONAL.has(candidate.lower);
  for (let words = 0; words < MAX_WORDS && text[end] === " "; words++) {
    const term = TERM.exec(text.slice(end + 1, end + 16));
    if (term) {
      end += 1 + term[0].length;
      continue;
    }
    const wordEnd = readWord(text, end + 1);
    if (wordEnd === end + 1) break;
    const word = text.slice(end + 1, wordEnd);
    if (KIND_STARTS.has(word) || (personal && word !== "khóa")) break;
    if (isUpperLetter(word[0]) || INNER.has(word)) {
      end = wordEnd;
      continue;
    }
    if (words === 1 && NAMED_BODIES.has(candidate.lower) && !STOP.has(word)) {
      end = wordEnd;
      continue;
    }
    // A short run of lower-case words inside a name is kept when a capitalised word ends it (Hội đồng bầu cử Quốc gia).
    let probe = end;
    let found = -1;
    for (let k = 0; k <= MAX_LOOKAHEAD && text[probe] === " "; k++) {
      const e = readWord(text, probe + 1);
      const w = text.slice(probe + 1, e);
      if (w === "" || STOP.has(w)) break;
      if (isUpperLetter(w[0])) {
        if (!KIND_STARTS.has(w)) found = e;
        break;
      }
      probe = e;
    }
    if (found < 0) break;
    end = found;
  }
  if (end === at + candidate.lower.length && BARE_HEADS.has(candidate.lower)) return null;
  const name = (candidate.spelled === undefined ? text.slice(at, end) : candidate.spelled + text.slice(at + candidate.lower.length, end))
    .replace(/[()]/gu, "")
    .replace(/ {2,}/gu, " ")
    .trim();
  return { end, name, system: candidate.system };
};
