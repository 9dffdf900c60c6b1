import type { DocumentNumber, DocumentRef } from "@vnpol/schema";
import { VnpolParseError } from "../errors";
import { normalize } from "../normalize";
import { readSymbol } from "./symbol-reader";

const EXPECTED = "a document number such as 269-QĐ/TU or 30/2020/NĐ-CP";

/**
 * Reads one document symbol (số, ký hiệu) into its parts. Party symbols are `NN-KIND/ISSUER`
 * with no year (`269-QĐ/TU`); State symbols are `NN/KIND-ISSUER` (`447/QĐ-TTg`), `NN/ISSUER-UNIT`
 * for a công văn (`4912/UBND-NC`) or, for legal documents, `NN/YYYY/KIND-ISSUER`
 * (`30/2020/NĐ-CP`, `10/2022/QH15`). A leading `Số`/`số:` is allowed, and so is loose writing
 * (`01 - HD/BTGTW`, en dashes, `Ð`, `QĐI`). Codes come back in their official case (`QĐi`,
 * `TTg`, `TW` for `T.Ư`). Returns `null` when the whole input is not one symbol.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber } from "@vnpol/parse";
 * parseDocumentNumber("269-QĐ/TU");
 * // { system: "party", number: "269", year: null, kindCode: "QĐ", issuerCode: "TU", unitCode: null }
 * parseDocumentNumber("30/2020/NĐ-CP");
 * // { system: "state", number: "30", year: 2020, kindCode: "NĐ", issuerCode: "CP", unitCode: null }
 * parseDocumentNumber("4912/UBND-NC")?.unitCode; // "NC"
 * parseDocumentNumber("443/455");                // null
 * ```
 */
export const parseDocumentNumber = (symbol: string): DocumentNumber | null => {
  if (typeof symbol !== "string" || symbol.length > 200) return null;
  let text = normalize(symbol).trim();
  const prefix = /^số\s*:?\s*/iu.exec(text);
  if (prefix) text = text.slice(prefix[0].length);
  const match = readSymbol(text, 0);
  return match !== null && match.end === text.length ? match.value : null;
};

/**
 * Like {@link parseDocumentNumber}, but throws a {@link VnpolParseError} when the input is not
 * a document symbol.
 *
 * @example
 * ```ts
 * import { parseDocumentNumberOrThrow } from "@vnpol/parse";
 * parseDocumentNumberOrThrow("01-HD/BDVTW").issuerCode; // "BDVTW"
 * parseDocumentNumberOrThrow("ngày 24/6/2022"); // throws VnpolParseError
 * ```
 */
export const parseDocumentNumberOrThrow = (symbol: string): DocumentNumber => {
  const value = parseDocumentNumber(symbol);
  if (value === null) throw new VnpolParseError(EXPECTED, String(symbol));
  return value;
};

const symbolOf = (ref: DocumentNumber | DocumentRef): string | null => {
  const issuerPart = [ref.issuerCode, ref.unitCode].filter((part): part is string => part !== null && part !== undefined).join("-");
  if (ref.system === "party") {
    if (ref.kindCode === null || ref.issuerCode === null) return null;
    return `${ref.number}-${ref.kindCode}/${issuerPart}`;
  }
  const codes = [ref.kindCode, issuerPart].filter((part): part is string => part !== null && part !== "").join("-");
  if (codes === "") return null;
  if (ref.system === "state") return ref.year === null ? `${ref.number}/${codes}` : `${ref.number}/${ref.year}/${codes}`;
  return null;
};

/**
 * The canonical symbol of a document: `269-QĐ/TU`, `30/2020/NĐ-CP`, `4912/UBND-NC`. Parts are
 * joined the official way whatever the input's spacing or dashes were, and
 * `parseDocumentNumber(formatDocumentNumber(x))` gives back `x` for every `x` that
 * {@link parseDocumentNumber} returns. Returns `""` for a reference without a symbol
 * (`Chỉ thị 43`); use {@link formatDocumentNumberOrThrow} to reject those.
 *
 * @example
 * ```ts
 * import { formatDocumentNumber, parseDocumentNumber } from "@vnpol/parse";
 * formatDocumentNumber({ system: "party", number: "01", year: null, kindCode: "HD", issuerCode: "BTGTW", unitCode: null });
 * // "01-HD/BTGTW"
 * formatDocumentNumber(parseDocumentNumber("Số: 30/2020/NÐ – CP")!); // "30/2020/NĐ-CP"
 * ```
 */
export const formatDocumentNumber = (ref: DocumentNumber | DocumentRef): string => symbolOf(ref) ?? "";

/**
 * Like {@link formatDocumentNumber}, but throws a {@link VnpolParseError} when the reference
 * has no symbol (no system, or no codes).
 *
 * @example
 * ```ts
 * import { formatDocumentNumberOrThrow } from "@vnpol/parse";
 * formatDocumentNumberOrThrow({ system: "state", number: "10", year: 2022, kindCode: null, issuerCode: "QH15", unitCode: null });
 * // "10/2022/QH15"
 * formatDocumentNumberOrThrow({ system: null, kind: "Chỉ thị", kindCode: null, number: "43", year: null, issuerCode: null, issuer: null, unitCode: null, date: null, symbol: null }); // throws VnpolParseError
 * ```
 */
export const formatDocumentNumberOrThrow = (ref: DocumentNumber | DocumentRef): string => {
  const symbol = symbolOf(ref);
  if (symbol === null) throw new VnpolParseError("a reference with a system and the codes of a symbol", JSON.stringify(ref));
  return symbol;
};
