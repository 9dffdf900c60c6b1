import type { DocumentSystem } from "@vnpol/schema";

/** A word that names a kind of document in running text, before its number. */
export interface DocumentKindWord {
  /** The word as written, lower case: `nghị quyết`. */
  readonly word: string;
  /** The kind it names, in its usual case; null for the generic `văn bản`. */
  readonly name: string | null;
  /**
   * Whether the word is also an everyday word (`quyết định` "to decide", `kế hoạch 5 năm`
   * "a five-year plan"): then a number without `số` counts only after a capitalised word.
   */
  readonly ambiguous: boolean;
  /** The system when only one issues this kind (only the State issues a Nghị định). */
  readonly system: DocumentSystem | null;
  /** Matched only in upper case (the abbreviations `NĐ`, `NQ`, `QĐ`). */
  readonly upperOnly?: boolean;
}

// Kinds named by Luật Ban hành văn bản QPPL (2015, 2025), Nghị định 30/2020/NĐ-CP and Hướng dẫn 36-HD/VPTW.
const rows: readonly [string, string | null, boolean, DocumentSystem | null][] = [
  ["nghị quyết liên tịch", "Nghị quyết liên tịch", false, "state"],
  ["thông tư liên tịch", "Thông tư liên tịch", false, "state"],
  // The conclusion of an inspection, a document of its own under Luật Thanh tra: `Kết luận thanh tra số 18`.
  ["kết luận thanh tra", "Kết luận thanh tra", false, "state"],
  ["nghị quyết", "Nghị quyết", false, null],
  ["nghị định", "Nghị định", false, "state"],
  ["quyết định", "Quyết định", true, null],
  ["kết luận", "Kết luận", true, null],
  ["chỉ thị", "Chỉ thị", false, null],
  ["hướng dẫn", "Hướng dẫn", true, null],
  ["kế hoạch", "Kế hoạch", true, null],
  ["thông báo", "Thông báo", true, null],
  ["quy định", "Quy định", true, null],
  ["quy chế", "Quy chế", true, null],
  ["thông tư", "Thông tư", false, "state"],
  ["thông tri", "Thông tri", false, "party"],
  ["thông cáo", "Thông cáo", false, null],
  ["bộ luật", "Bộ luật", true, "state"],
  ["luật", "Luật", true, "state"],
  ["pháp lệnh", "Pháp lệnh", false, "state"],
  ["sắc lệnh", "Sắc lệnh", false, "state"],
  ["công văn", "Công văn", false, null],
  ["công điện", "Công điện", false, null],
  ["tờ trình", "Tờ trình", true, null],
  ["báo cáo", "Báo cáo", true, null],
  ["chương trình", "Chương trình", true, null],
  ["đề án", "Đề án", true, null],
  ["biên bản", "Biên bản", true, null],
  ["văn bản", null, true, null],
];

/**
 * Words that name a kind of document before its number, longest first so that `nghị quyết
 * liên tịch` wins over `nghị quyết`.
 */
export const documentKindWords: readonly DocumentKindWord[] = [
  ...rows.map(([word, name, ambiguous, system]): DocumentKindWord => ({ word, name, ambiguous, system })),
  // The press abbreviates the commonest kinds: "NĐ 38/2000/NĐ-CP", "QĐ 217".
  { word: "nđ", name: "Nghị định", ambiguous: false, system: "state" as const, upperOnly: true },
  { word: "nq", name: "Nghị quyết", ambiguous: false, system: null, upperOnly: true },
  { word: "qđ", name: "Quyết định", ambiguous: false, system: null, upperOnly: true },
].sort((a, b) => b.word.length - a.word.length);

/**
 * Words before `quyết định` in lower case that make it a document, the object they take
 * (`ban hành quyết định 153`, `sửa đổi quyết định 04`, `thay thế quyết định 217`), where `quyết
 * định 2` alone may be the verb "to decide". Other kinds are not read so (`thực hiện kế hoạch 5
 * năm` is a five-year plan). Source: press usage (corpus).
 */
export const DOCUMENT_OBJECT_WORDS: readonly string[] = ["ban hành", "ký", "sửa đổi", "thay thế", "thực hiện", "áp dụng", "bãi bỏ", "hủy bỏ", "thu hồi", "trong", "theo"];

/** The everyday kind words that {@link DOCUMENT_OBJECT_WORDS} make documents: only `quyết định` (a decision, or "to decide"). */
export const KINDS_AFTER_DOCUMENT_VERBS: ReadonlySet<string> = new Set(["quyết định"]);
