import type { DocumentNumber, DocumentRefMention, DocumentSystem, PartialDate } from "@vnpol/schema";
import { normalizeWithOffsets, type NormalizedText } from "../normalize";
import { isPhraseBefore } from "../dates/text-context";
import { committeeContext, type CommitteeContext } from "./committee-context";
import { DOCUMENT_OBJECT_WORDS, KINDS_AFTER_DOCUMENT_VERBS, type DocumentKindWord } from "./document-kind-words";
import { kindNameOf } from "./document-kinds";
import { expandIssuerCode, issuerOf } from "./document-issuers";
import { formatDocumentNumber } from "./document-number";
import { headDateBefore } from "./head-date";
import { ISSUE_VERBS, readIssueDate } from "./issue-date";
import { readIssuerPhrase, type IssuerPhrase } from "./issuer-phrase";
import { readSymbol, type SymbolMatch } from "./symbol-reader";
import { digitRunStarts, nextDigitFrom } from "./digit-runs";
import { numberedKindWords } from "./numbered-kind-words";
import { isUpperLetter, isWordChar, isWordCodeAt, lowerCodeAt } from "./word-chars";

// `số`, `Số:`, `số:` and the glued `số31` between the kind word and the number.
const SO = /^số ?:? ?/iu;
// Words after a bare number that make it a count, not a document: "kế hoạch 5 năm", "luật 37 cán bộ".
const COUNT_WORDS = new Set(
  (
    "năm tháng tuần giờ phút người cán bộ đảng viên hình thức mình lần triệu tỷ nghìn ngàn trăm chục xã huyện tỉnh quận phường " +
    "hộ căn km ha m2 đơn vị trường hợp điểm mục tiêu nội dung nhiệm vụ giải pháp vấn đề lĩnh vực tiêu chí chỉ tiêu điều khoản " +
    "chương văn bản nghị quyết quyết định chỉ thị tập thể cá nhân đồng học sinh tuổi ý kiến cuộc đợt thành viên"
  ).split(" "),
);
const TWO_WORD_COUNTS = new Set(["cán bộ", "đảng viên", "hình thức", "đơn vị", "trường hợp", "mục tiêu", "nội dung", "nhiệm vụ", "giải pháp", "vấn đề", "lĩnh vực", "tiêu chí", "chỉ tiêu", "văn bản", "tập thể", "cá nhân", "học sinh", "ý kiến", "thành viên"]);
const ONE_WORD_COUNTS = new Set([...COUNT_WORDS].filter((w) => ![...TWO_WORD_COUNTS].some((two) => two.startsWith(`${w} `) || two.endsWith(` ${w}`))));
// Verbs that start with a counted noun: "Nghị định số 31 điều chỉnh mức lương".
const NOT_COUNTS = new Set(["điều chỉnh", "điều hành", "điều tra", "điều động"]);
const MAX_BARE_DIGITS = 6;
// `số`/`Số:` right before a symbol, glued or not: "(số 47/2006/QĐ-TTg", "số31-QĐ/TW".
const SO_BEFORE = /(?:^|[^\p{L}\p{N}])(số ?:? ?)$/iu;

interface Found {
  start: number;
  end: number;
  system: DocumentSystem | null;
  kind: string | null;
  symbol: DocumentNumber | null;
  number: string;
  year: number | null;
  date: PartialDate | null;
  issuerNamed: IssuerPhrase | null;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
// `/ . - – &` glue a digit to what precedes it (`29/4/2022`, `1.200`): no symbol starts there.
const isJoinerCode = (code: number) => code === 0x2f || code === 0x2e || code === 0x2d || code === 0x2013 || code === 0x26;

const nextWords = (text: string, i: number): [string, string] => {
  if (text[i] !== " ") return ["", ""];
  let j = i + 1;
  while (j < text.length && isWordChar(text[j])) j++;
  const first = text.slice(i + 1, j).toLowerCase();
  let k = j + 1;
  if (text[j] === " ") while (k < text.length && isWordChar(text[k])) k++;
  return [first, text[j] === " " ? `${first} ${text.slice(j + 1, k).toLowerCase()}` : first];
};

/** Reads a number written without a symbol after a kind word; null when it is a count, ratio or amount. */
const readBareNumber = (text: string, at: number, word: DocumentKindWord, capitalised: boolean, hasSo: boolean) => {
  let end = at;
  while (isDigit(text[end])) end++;
  if (end - at > MAX_BARE_DIGITS) return null;
  const number = text.slice(at, end);
  let year: number | null = null;
  const after = text[end];
  if (after === "/" && /^\d{4}(?![\d/])/u.test(text.slice(end + 1, end + 6))) {
    // "Nghị định 37/2021": a number with its year and no codes.
    const value = Number(text.slice(end + 1, end + 5));
    if (value < 1945 || value > 2100) return null;
    year = value;
    end += 5;
  } else if (after !== undefined && (isWordChar(after) || "/%&".includes(after) || ((after === "." || after === "," || after === "-" || after === "–") && isDigit(text[end + 1])))) {
    return null;
  }
  const [one, two] = nextWords(text, end);
  // "Quyết định số 649 năm 2014", "Nghị định 70 năm 1998": the year of issue, not a count of years.
  const issued = one === "năm" && year === null ? /^ năm ((?:19|20)\d\d)(?!\d)/u.exec(text.slice(end, end + 10)) : null;
  if (issued === null && !NOT_COUNTS.has(two) && (ONE_WORD_COUNTS.has(one) || TWO_WORD_COUNTS.has(two))) return null;
  if (one === "ngày" && !isDigit(text[end + 6])) return null;
  let needsTail = false;
  if (!hasSo) {
    // Laws are cited by name; "Chương trình 135", "Đề án 322" name programmes, not documents.
    if (word.name === null || ["luật", "bộ luật", "chương trình", "đề án"].includes(word.word)) return null;
    if (word.ambiguous && year === null && /^(19|20)\d\d$/u.test(number)) return null;
    // "quyết định 105 của Bộ Nông nghiệp" is a document, "quyết định 1 mình" a verb: lower case needs an issuer or a date.
    needsTail = word.ambiguous && !capitalised;
  }
  const issuedYear = issued === null ? null : Number(issued[1]);
  return { end: issued === null ? end : end + issued[0].length, number, year, issuedYear, needsTail };
};


/** Words of issuing that may stand between a reference and `của <issuer>`, with the space after them, longest first. */
const ISSUED_BEFORE_OF: readonly string[] = ["vừa được ban hành ", "vừa ban hành ", "mới ban hành ", "được ban hành ", "ban hành "];

interface Tail {
  end: number;
  date: PartialDate | null;
  issuer: IssuerPhrase | null;
}

/** Reads what follows a reference and belongs to it: `, ngày 24/6/2022`, `của Ban Bí thư`, in either order. */
const readTail = (text: string, from: number): Tail => {
  const tail: Tail = { end: from, date: null, issuer: null };
  const tryDate = () => {
    for (const gap of [" ", ", ", " (", ", ("]) {
      if (!text.startsWith(gap, tail.end)) continue;
      // "Nghị định 03/2006/NĐ-CP của Chính phủ, ban hành ngày 6-1-2006": a verb of issuing may stand before `ngày`.
      const verb = ISSUE_VERBS.find((word) => text.startsWith(word, tail.end + gap.length) && /^ngày/iu.test(text.slice(tail.end + gap.length + word.length, tail.end + gap.length + word.length + 4)));
      const at = tail.end + gap.length + (verb?.length ?? 0);
      const found = readIssueDate(text, at);
      if (found === null) continue;
      const closes = gap.endsWith("(");
      if (closes && text[found.end] !== ")") continue;
      // Without "ngày" a date only counts after a comma: "269-QĐ/TU, 30/11/2021".
      if (gap === " " && !/^ngày/iu.test(text.slice(at, at + 4))) continue;
      tail.date = found.date;
      tail.end = found.end + (closes ? 1 : 0);
      return true;
    }
    return false;
  };
  const tryIssuer = () => {
    for (const gap of [" ", ", "]) {
      if (!text.startsWith(gap, tail.end)) continue;
      // "thông tư số 05 vừa ban hành của Bộ …": the verb of issuing may stand before `của`.
      const verb = ISSUED_BEFORE_OF.find((words) => text.startsWith(words, tail.end + gap.length)) ?? "";
      const found = readIssuerPhrase(text, tail.end + gap.length + verb.length);
      if (found === null) continue;
      tail.issuer = found;
      tail.end = found.end;
      return true;
    }
    return false;
  };
  if (tryDate()) tryIssuer();
  else if (tryIssuer()) tryDate();
  return tail;
};

const systemOfKind = (word: DocumentKindWord | null): DocumentSystem | null => word?.system ?? null;

/** Issuer written out from the code, with `TU` told apart by the committee the text names. */
const issuerFromCode = (symbol: DocumentNumber, at: number, contextOf: () => CommitteeContext): string | null => {
  const code = symbol.issuerCode;
  if (code === null) return null;
  const expanded = expandIssuerCode(code);
  if (expanded !== null) return expanded;
  const row = issuerOf(code);
  if (row?.sharedWith === undefined) return null;
  const committee = contextOf().committeeAt(at);
  if (committee === null) return null;
  return committee === "province" ? row.name : (row.sharedWith[0] ?? null);
};

/** Whether a standalone symbol is distinctive enough to be a reference without a kind word. */
const isDistinctive = (match: SymbolMatch) => match.shape === "party" || match.shape === "state-year" || (match.shape === "state" && match.codes >= 2);

/**
 * Finds references to Party and State documents in Vietnamese text: a kind word (`Nghị quyết`,
 * `Quyết định`, `Nghị định`, `Thông tư`…, any case) with `số`/`số:` and a symbol or a bare number,
 * or a symbol on its own; with the date of issue and the issuer that follow it (`, ngày 24/6/2022`,
 * `của Bộ Chính trị khóa XI`). Mentions come in text order with UTF-16 offsets into the input as
 * given. Dates, ratios (`443/455`), counts (`34 nghị quyết`, `kế hoạch 5 năm`), plenums
 * (`Nghị quyết Trung ương 5`) and unnumbered titles are not references.
 *
 * `issuer` is the body the text names after the reference; else the code written out (`TW` →
 * `Trung ương`, `CP` → `Chính phủ`); a `TU` is `Tỉnh ủy` or `Thành ủy` only when the text names one
 * of them (nearest before, in the same paragraph, or the only one in the text), else null.
 *
 * @example
 * ```ts
 * import { findDocumentRefs } from "@vnpol/parse";
 * const [ref] = findDocumentRefs("Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận số 43-KL/TU, ngày 24/6/2022 về…");
 * ref.text;   // "Kết luận số 43-KL/TU, ngày 24/6/2022"
 * ref.symbol; // "43-KL/TU"
 * ref.issuer; // "Tỉnh ủy"
 * ref.date;   // { year: 2022, month: 6, day: 24 }
 * findDocumentRefs("Nghị quyết số 68 của Chính phủ")[0].number; // "68"
 * findDocumentRefs("Hội nghị Trung ương 9 khóa XIII thông qua 34 nghị quyết"); // []
 * ```
 */
export const findDocumentRefs = (text: string): DocumentRefMention[] => {
  if (typeof text !== "string" || text.length === 0) return [];
  return findDocumentRefsIn(normalizeWithOffsets(text), text);
};

/**
 * {@link findDocumentRefs} over a text already normalised with `normalizeWithOffsets`, so that
 * callers running several finders (`extract`) normalise once. `input` is the text as given, which
 * `normalized` was made from; offsets point into it.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "../normalize";
 * import { findDocumentRefsIn } from "./find-document-refs";
 * const input = "Nghị định 30/2020/NĐ-CP";
 * findDocumentRefsIn(normalizeWithOffsets(input), input)[0].symbol; // "30/2020/NĐ-CP"
 * ```
 */
export const findDocumentRefsIn = (normalized: NormalizedText, input: string): DocumentRefMention[] => {
  const t = normalized.text;
  const found: Found[] = [];
  const digitStarts = digitRunStarts(t);

  let covered = 0;
  for (const { start, written, word } of numberedKindWords(t, digitStarts)) {
    if (start < covered) continue;
    if (word.upperOnly === true && written !== written.toUpperCase()) continue;
    // "kỷ luật" is discipline, "pháp luật" is law in general: neither is a kind word.
    if (word.word === "luật" && /(?:kỷ|pháp) $/iu.test(t.slice(Math.max(0, start - 5), start))) continue;
    let at = start + written.length;
    if (t.startsWith(" khẩn", at) && !isWordChar(t[at + 5])) at += 5;
    if (t[at] !== " ") continue;
    at += 1;
    const so = SO.exec(t.slice(at, at + 5));
    const hasSo = so !== null && (isDigit(t[at + so[0].length]) || so[0].length > 2);
    if (hasSo) at += so![0].length;
    if (!isDigit(t[at])) continue;

    const symbol = readSymbol(t, at);
    let end: number;
    let number: string;
    let year: number | null;
    let issuedYear: number | null = null;
    let needsTail = false;
    if (symbol !== null) {
      ({ end } = symbol);
      ({ number, year } = symbol.value);
    } else {
      const bare = readBareNumber(t, at, word, isUpperLetter(written[0]), hasSo);
      if (bare === null) continue;
      ({ end, number, year, issuedYear, needsTail } = bare);
    }
    const tail = readTail(t, end);
    // "ban hành quyết định 153": the object of a verb of documents is one; other kinds stay as they were (`thực hiện kế hoạch 5 năm`).
    if (needsTail && tail.date === null && tail.issuer === null && !(KINDS_AFTER_DOCUMENT_VERBS.has(word.word) && DOCUMENT_OBJECT_WORDS.some((verb) => isPhraseBefore(t, start, verb)))) continue;
    if (tail.date === null && issuedYear !== null) tail.date = { year: issuedYear };
    const value = symbol?.value ?? null;
    found.push({
      start,
      end: tail.end,
      // "Quyết định số 05/2006": a year after a slash is a State number's (a Party symbol never holds one).
      system: value?.system ?? tail.issuer?.system ?? systemOfKind(word) ?? (year === null ? null : "state"),
      kind: word.name ?? (value?.kindCode != null ? kindNameOf(value.kindCode, value.system) : null),
      symbol: value,
      number,
      year,
      date: tail.date,
      issuerNamed: tail.issuer,
    });
    covered = tail.end;
  }

  // Symbols on their own: "(số 47/2006/QĐ-TTg, ngày 1-3-2006)", "văn bản 195/2004/NĐ-CP".
  const byWord = found.slice();
  let next = 0;
  const cursor = { run: 0 };
  for (let i = nextDigitFrom(t, digitStarts, cursor, 0); i >= 0; i = nextDigitFrom(t, digitStarts, cursor, i + 1)) {
    while (next < byWord.length && byWord[next]!.end <= i) next++;
    const inside = byWord[next];
    if (inside !== undefined && inside.start <= i) {
      i = inside.end - 1;
      continue;
    }
    const glued = i >= 2 && lowerCodeAt(t, i - 2) === 0x73 && lowerCodeAt(t, i - 1) === 0x1ed1; // "số31-QĐ/TW"
    const boundary = i === 0 || glued || !(isWordCodeAt(t, i - 1) || isJoinerCode(t.charCodeAt(i - 1)));
    const match = boundary ? readSymbol(t, i) : null;
    const prefix = match === null ? null : SO_BEFORE.exec(t.slice(Math.max(0, i - 6), i));
    // After `số` even a one-code symbol is a reference: "số 690/QĐ".
    if (match === null || !(isDistinctive(match) || (prefix !== null && match.shape === "state")) || (inside !== undefined && match.end > inside.start)) {
      while (isDigitCode(t.charCodeAt(i + 1))) i++;
      continue;
    }
    const start = prefix ? i - prefix[1]!.length : i;
    const tail = readTail(t, match.end);
    const value = match.value;
    found.push({
      start,
      end: tail.end,
      system: value.system,
      kind: value.kindCode === null ? null : kindNameOf(value.kindCode, value.system),
      symbol: value,
      number: value.number,
      year: value.year,
      date: tail.date,
      issuerNamed: tail.issuer,
    });
    i = tail.end - 1;
  }

  found.sort((a, b) => a.start - b.start);
  // Built only when a `TU` symbol needs it: most texts cite none.
  let context: CommitteeContext | null = null;
  const contextOf = () => (context ??= committeeContext(t));
  return found.map((f): DocumentRefMention => {
    const start = normalized.toOriginal(f.start);
    const end = normalized.toOriginal(f.end);
    const fromCode = f.symbol === null ? null : issuerFromCode(f.symbol, f.start, contextOf);
    const named = f.issuerNamed?.name ?? null;
    // The text's name wins, unless the code says more of the same body: "Quốc hội" + QH11 → "Quốc hội khóa XI".
    const issuer = named === null ? fromCode : fromCode !== null && fromCode.toLowerCase().startsWith(`${named.toLowerCase()} `) ? fromCode : named;
    return {
      start,
      end,
      text: input.slice(start, end),
      system: f.system,
      kind: f.kind,
      kindCode: f.symbol?.kindCode ?? null,
      number: f.number,
      year: f.year,
      issuerCode: f.symbol?.issuerCode ?? null,
      issuer: issuer === "" ? null : issuer,
      unitCode: f.symbol?.unitCode ?? null,
      date: f.date ?? headDateBefore(t, f.start),
      symbol: f.symbol === null ? null : formatDocumentNumber(f.symbol) || null,
    };
  });
};
