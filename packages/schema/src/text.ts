import { z } from "zod";

/** Whether a string is in Unicode Normalization Form C, as every text field must be. */
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

/** A non-empty Vietnamese text in NFC, trimmed. */
export const Label = VietnameseText.refine((value) => value.trim().length > 0 && value === value.trim(), {
  message: "expected non-empty text without leading or trailing spaces",
});
