import { z } from "zod";
import { PartialDate } from "./partial-date";
import { Label } from "./text";

/**
 * Which numbering system a document belongs to.
 *
 * - `party`: documents of the Communist Party of Viet Nam, numbered `NN-TYPE/ISSUER` with no
 *   year (Quy định 66-QĐ/TW, replaced by 399-QĐ/TW; Hướng dẫn 36-HD/VPTW): `269-QĐ/TU`.
 * - `state`: documents of the State, numbered `NN/TYPE-ISSUER` or `NN/YYYY/TYPE-ISSUER`
 *   (Nghị định 30/2020/NĐ-CP; Luật Ban hành văn bản quy phạm pháp luật): `30/2020/NĐ-CP`.
 *
 * @example
 * ```ts
 * import { DocumentSystem } from "@vnpol/schema";
 * DocumentSystem.parse("party"); // 269-QĐ/TU
 * DocumentSystem.parse("state"); // 30/2020/NĐ-CP
 * ```
 */
export const DocumentSystem = z.enum(["party", "state"]).describe("Numbering system: party (`269-QĐ/TU`) or state (`30/2020/NĐ-CP`).");
export type DocumentSystem = z.infer<typeof DocumentSystem>;

/**
 * The parts of a document symbol (số, ký hiệu), as written.
 *
 * @example
 * ```ts
 * import { DocumentNumber } from "@vnpol/schema";
 * DocumentNumber.parse({ system: "party", number: "269", year: null, kindCode: "QĐ", issuerCode: "TU", unitCode: null });
 * DocumentNumber.parse({ system: "state", number: "30", year: 2020, kindCode: "NĐ", issuerCode: "CP", unitCode: null });
 * ```
 */
export const DocumentNumber = z
  .object({
    system: DocumentSystem,
    number: z.string().regex(/^[0-9]+[a-z]?$/, "expected the document's number as written: digits, maybe one lower-case letter (`09`, `1656`, `12a`)").describe("Number as written, leading zeros kept: `09`."),
    year: z.number().int().min(1945).max(2100).nullable().describe("Year, only when it is part of the symbol (`30/2020/NĐ-CP`); null otherwise."),
    kindCode: Label.nullable().describe("Code of the document kind: `NQ`, `QĐ`, `KL`, `NĐ`, `TT`; null when the symbol has none (a law, a công văn)."),
    issuerCode: Label.nullable().describe("Code of the issuer: `TW`, `TU`, `CP`, `QH15`, `BNV`."),
    unitCode: Label.nullable().describe("Further unit after the issuer: `BCS` in `…/TW-BCS`, `NC` in `4912/UBND-NC`."),
  })
  .strict()
  .meta({ title: "DocumentNumber" })
  .describe("The parts of a document symbol (số, ký hiệu).");
export type DocumentNumber = z.infer<typeof DocumentNumber>;

/**
 * A reference to a Party or State document (schema.org `Legislation`).
 *
 * @example
 * ```ts
 * import { DocumentRef } from "@vnpol/schema";
 * // "Kết luận số 43-KL/TU, ngày 24/6/2022" (seed 004)
 * DocumentRef.parse({
 *   system: "party",
 *   kind: "Kết luận",
 *   kindCode: "KL",
 *   number: "43",
 *   year: null,
 *   issuerCode: "TU",
 *   issuer: "Tỉnh ủy",
 *   unitCode: null,
 *   date: { year: 2022, month: 6, day: 24 },
 *   symbol: "43-KL/TU",
 * });
 * ```
 */
export const DocumentRef = z
  .object({
    system: DocumentSystem.nullable().describe("Numbering system; null when the text gives neither symbol nor issuer that fixes it (`Chỉ thị 43`)."),
    kind: Label.nullable().describe("Kind of document, in words: `Nghị quyết`, `Kết luận`, `Nghị định`."),
    kindCode: Label.nullable().describe("Code of the kind in the symbol: `NQ`, `KL`, `NĐ`; null when absent."),
    number: z.string().regex(/^[0-9]+[a-z]?$/, "expected the document's number as written: digits, maybe one lower-case letter").describe("Number as written, leading zeros kept: `09`."),
    year: z.number().int().min(1945).max(2100).nullable().describe("Year, only when it is part of the symbol; null otherwise."),
    issuerCode: Label.nullable().describe("Code of the issuer in the symbol: `TW`, `TU`, `CP`, `QH15`; null when there is no symbol."),
    issuer: Label.nullable().describe("Issuer written out: `Ban Chấp hành Trung ương`, `Chính phủ`, `Quốc hội khóa XV`, or as named in the text."),
    unitCode: Label.nullable().describe("Unit after the issuer in the symbol (`BCS`, `NC`); null when absent."),
    date: PartialDate.nullable().describe("Date of issue, when the text gives it."),
    symbol: Label.nullable().describe("The canonical symbol (`43-KL/TU`, `30/2020/NĐ-CP`); null when the text has none."),
  })
  .strict()
  .meta({ title: "DocumentRef" })
  .describe("A reference to a Party or State document (schema.org Legislation).");
export type DocumentRef = z.infer<typeof DocumentRef>;
