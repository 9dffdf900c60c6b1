import type { DocumentNumber } from "@vnpol/schema";
import { canonicalKindCode } from "./document-kinds";
import { canonicalIssuerCode, issuerOf } from "./document-issuers";
import { isLowerLetter, isUpperLetter } from "./word-chars";

/**
 * How a symbol was written: `party` (`01-HD/BDVTW`), `state-year` (`30/2020/NĐ-CP`),
 * `state` (`447/QĐ-TTg`, `4912/UBND-NC`, `51/CP`) or `state-old` (`64-CP`, before 1997).
 */
export type SymbolShape = "party" | "state-year" | "state" | "state-old";

/** A symbol read from normalised text: where it ends, its parts, and its shape. */
export interface SymbolMatch {
  readonly end: number;
  readonly value: DocumentNumber;
  readonly shape: SymbolShape;
  /** How many letter codes followed the number (1 in `51/CP`, 2 in `447/QĐ-TTg`). */
  readonly codes: number;
}

const MAX_DIGITS = 7;
const MAX_CODE = 16;
const MAX_UNITS = 4;
// Government symbols written `64-CP` before the dash form was dropped (Nghị định 64-CP of 1993).
const OLD_STATE_ISSUERS = new Set(["CP", "TTg", "HĐBT"]);
// Joint documents list every issuer after the kind: 01/2011/TTLT-BNV-BTC.
const JOINT_KINDS = new Set(["TTLT", "NQLT"]);

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Reads the number of a symbol at `i`: digits, maybe one lower-case letter before a separator;
 * returns where it ends, or `null`.
 *
 * @example
 * ```ts
 * import { readNumber } from "./symbol-reader";
 * readNumber("số 12a/QĐ-UBND", 3); // 6
 * readNumber("số QĐ", 3);          // null
 * ```
 */
export const readNumber = (text: string, i: number): number | null => {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
  if (j === i || j - i > MAX_DIGITS) return null;
  const letter = text.charCodeAt(j);
  if (letter >= 0x61 && letter <= 0x7a && "/-–".includes(text[j + 1] ?? "")) j++;
  return j;
};

interface Separator {
  readonly end: number;
  readonly char: "/" | "-";
}

/** Reads `/` or a dash (`-`, `–`, `—`) with at most one space on either side. */
const readSeparator = (text: string, i: number): Separator | null => {
  let j = i;
  if (text[j] === " ") j++;
  const ch = text[j];
  if (ch !== "/" && ch !== "-" && ch !== "–" && ch !== "—") return null;
  j++;
  if (text[j] === " ") j++;
  return { end: j, char: ch === "/" ? "/" : "-" };
};

/**
 * Reads a code at `i`: an upper-case letter, then letters, digits, and `.`/`&` between letters
 * (`QĐi`, `UBTVQH15`, `T.Ư`, `BGD&ĐT`). A word (two lower-case letters in a row) is not a code.
 */
const readCode = (text: string, i: number): number | null => {
  if (!isUpperLetter(text[i])) return null;
  let j = i + 1;
  let lastLower = false;
  while (j < text.length && j - i <= MAX_CODE) {
    const ch = text[j]!;
    if (isDigitCode(ch.charCodeAt(0)) || isUpperLetter(ch)) {
      lastLower = false;
    } else if (isLowerLetter(ch)) {
      if (lastLower) return null;
      lastLower = true;
    } else if ((ch === "." || ch === "&") && isUpperLetter(text[j + 1])) {
      lastLower = false;
    } else {
      break;
    }
    j++;
  }
  return j - i > MAX_CODE ? null : j;
};

const readYear = (text: string, i: number): number | null => {
  for (let k = 0; k < 4; k++) if (!isDigitCode(text.charCodeAt(i + k))) return null;
  if (isDigitCode(text.charCodeAt(i + 4))) return null;
  const year = Number(text.slice(i, i + 4));
  return year >= 1945 && year <= 2100 ? year : null;
};

/** Reads `-CODE` or `/CODE` repeatedly after `i`; returns the codes and where they end. */
const readCodes = (text: string, i: number, allowSlash: boolean, max: number): { codes: string[]; end: number } => {
  const codes: string[] = [];
  let end = i;
  while (codes.length < max) {
    const sep = readSeparator(text, end);
    if (sep === null || (sep.char === "/" && !allowSlash)) break;
    const codeEnd = readCode(text, sep.end);
    if (codeEnd === null) break;
    codes.push(text.slice(sep.end, codeEnd));
    end = codeEnd;
  }
  return { codes, end };
};

const kindCode = (code: string) => canonicalKindCode(code) ?? code;

const stateParts = (codes: readonly string[], hasYear: boolean) => {
  const [first, ...rest] = codes as [string, ...string[]];
  const firstKind = canonicalKindCode(first);
  if (codes.length === 1) {
    // One code: a kind when it cannot be an issuer (`121/NĐ`, `35/2004/QĐ`); else the issuer (`10/2022/QH15`, `51/CP`).
    const issuer = canonicalIssuerCode(first);
    if (firstKind !== undefined && issuerOf(issuer) === undefined) return { kindCode: firstKind, issuerCode: null, unitCode: null };
    return { kindCode: null, issuerCode: issuer, unitCode: null };
  }
  if (hasYear || firstKind !== undefined || first.toUpperCase() === "CV") {
    const kind = kindCode(first);
    if (JOINT_KINDS.has(kind)) return { kindCode: kind, issuerCode: rest.map(canonicalIssuerCode).join("-"), unitCode: null };
    const [issuer, ...units] = rest as [string, ...string[]];
    return { kindCode: kind, issuerCode: canonicalIssuerCode(issuer), unitCode: units.length > 0 ? units.join("-") : null };
  }
  // A công văn has no kind code: 4912/UBND-NC.
  return { kindCode: null, issuerCode: canonicalIssuerCode(first), unitCode: rest.join("-") };
};

/**
 * Reads a document symbol starting at the digit `text[at]` of normalised text: the Party form
 * `NN-KIND/ISSUER[-UNIT]`, the State forms `NN[/YYYY]/KIND-ISSUER[-UNIT]`, `NN/ISSUER-UNIT`,
 * `NN/YYYY/QH15`, and the old `NN-CP`. Loose writing is accepted (spaces around separators, en
 * dashes, `/` for `-`). Returns `null` when no symbol starts there. Reads a bounded number of
 * characters, so a scan calling it at every position stays linear.
 *
 * @example
 * ```ts
 * import { readSymbol } from "./symbol-reader";
 * const match = readSymbol("Kết luận số 43-KL/TU, ngày 24/6/2022", 12);
 * match?.end;   // 20
 * match?.shape; // "party"
 * match?.value; // { system: "party", number: "43", year: null, kindCode: "KL", issuerCode: "TU", unitCode: null }
 * readSymbol("24/6/2022", 0); // null
 * ```
 */
export const readSymbol = (text: string, at: number): SymbolMatch | null => {
  const numberEnd = readNumber(text, at);
  if (numberEnd === null) return null;
  const number = text.slice(at, numberEnd);
  const first = readSeparator(text, numberEnd);
  if (first === null) return null;

  if (first.char === "-") {
    const kindEnd = readCode(text, first.end);
    if (kindEnd === null) return null;
    const kind = text.slice(first.end, kindEnd);
    const slash = readSeparator(text, kindEnd);
    if (slash?.char === "/") {
      const issuerEnd = readCode(text, slash.end);
      if (issuerEnd !== null) {
        const units = readCodes(text, issuerEnd, false, MAX_UNITS);
        return {
          end: units.end,
          shape: "party",
          codes: 2 + units.codes.length,
          value: {
            system: "party",
            number,
            year: null,
            kindCode: kindCode(kind),
            issuerCode: canonicalIssuerCode(text.slice(slash.end, issuerEnd)),
            unitCode: units.codes.length > 0 ? units.codes.join("-") : null,
          },
        };
      }
    }
    const issuer = canonicalIssuerCode(kind);
    if (!OLD_STATE_ISSUERS.has(issuer) || slash !== null) return null;
    return { end: kindEnd, shape: "state-old", codes: 1, value: { system: "state", number, year: null, kindCode: null, issuerCode: issuer, unitCode: null } };
  }

  const year = readYear(text, first.end);
  let from = first.end;
  if (year !== null) {
    from = first.end + 4;
    // `23/2003 QH11`, `55/2005 QĐ-UB`: the press sometimes drops the slash after the year.
    if (text[from] === " " && isUpperLetter(text[from + 1])) {
      const end = readCode(text, from + 1);
      if (end === null) return null;
      const more = readCodes(text, end, true, MAX_UNITS);
      const codes = [text.slice(from + 1, end), ...more.codes];
      return { end: more.end, shape: "state-year", codes: codes.length, value: { system: "state", number, year, ...stateParts(codes, true) } };
    }
    const more = readCodes(text, from, true, MAX_UNITS + 2);
    if (more.codes.length === 0) return null;
    return { end: more.end, shape: "state-year", codes: more.codes.length, value: { system: "state", number, year, ...stateParts(more.codes, true) } };
  }
  const firstCode = readCode(text, from);
  if (firstCode === null) return null;
  const more = readCodes(text, firstCode, true, MAX_UNITS + 1);
  const codes = [text.slice(from, firstCode), ...more.codes];
  return { end: more.end, shape: "state", codes: codes.length, value: { system: "state", number, year: null, ...stateParts(codes, false) } };
};
