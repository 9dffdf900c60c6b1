// Standard subtractive form only (MCMXCIX), so `IIII`, `VV` and `IC` are not numerals.
const STRICT_ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const STEPS: readonly (readonly [number, string])[] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

/**
 * Reads a Roman numeral in capitals, as Vietnamese writes the numbers of congresses and
 * legislatures (`khóa XV`, `Đại hội XIII`); null for anything else, including lower case and
 * non-standard forms (`IIII`, `VV`).
 *
 * @example
 * ```ts
 * import { romanToInt } from "@vnpol/parse";
 * romanToInt("XIII"); // 13
 * romanToInt("XIV");  // 14
 * romanToInt("IIII"); // null
 * romanToInt("xv");   // null
 * ```
 */
export const romanToInt = (numeral: string): number | null => {
  if (numeral.length === 0 || numeral.length > 15 || !STRICT_ROMAN.test(numeral)) return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = VALUES[numeral.charAt(i)] ?? 0;
    const next = VALUES[numeral.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
};

/**
 * Writes 1–3999 as a Roman numeral in standard form; null outside that range or for non-integers.
 *
 * @example
 * ```ts
 * import { intToRoman } from "@vnpol/parse";
 * intToRoman(15);   // "XV"
 * intToRoman(1999); // "MCMXCIX"
 * intToRoman(0);    // null
 * ```
 */
export const intToRoman = (value: number): string | null => {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return null;
  let rest = value;
  let numeral = "";
  for (const [step, letters] of STEPS) {
    while (rest >= step) {
      numeral += letters;
      rest -= step;
    }
  }
  return numeral;
};
