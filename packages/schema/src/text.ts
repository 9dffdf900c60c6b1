import { z } from "zod";

/** Whether a string is in Unicode Normalization Form C, as every text field must be.
 *
 * @example
 * ```ts
 * import { isNfc } from "@vnpol/schema";
 * isNfc("Tỉnh ủy");                    // true
 * isNfc("Tỉnh ủy".normalize("NFD"));   // false
 * ```
 */
export const isNfc = (value: string): boolean => value === value.normalize("NFC");

/**
 * A string of Vietnamese text in Unicode NFC.
 *
 * Scraped pages mix precomposed and decomposed letters; the data keeps one form so that
 * equal words compare equal.
 *
 * @example
 * ```ts
 * import { VietnameseText } from "@vnpol/schema";
 * VietnameseText.parse("Tỉnh ủy"); // ok
 * VietnameseText.safeParse("Tỉnh ủy".normalize("NFD")).success; // false
 * ```
 */
export const VietnameseText = z
  .string()
  .refine(isNfc, { message: "expected text in Unicode NFC (compose it with String.prototype.normalize('NFC'))" })
  .describe("Text in Unicode NFC.");
export type VietnameseText = z.infer<typeof VietnameseText>;

/**
 * A name or label: non-empty Vietnamese text in NFC, with no leading or trailing space.
 *
 * @example
 * ```ts
 * import { Label } from "@vnpol/schema";
 * Label.parse("Ban Dân vận Tỉnh ủy"); // ok
 * Label.safeParse(" Tỉnh ủy").success; // false
 * ```
 */
export const Label = VietnameseText.regex(/^\S(?:[\s\S]*\S)?$/, "expected non-empty text without leading or trailing spaces");
export type Label = z.infer<typeof Label>;
