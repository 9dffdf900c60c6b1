import { z } from "zod";

/**
 * A term of office or a numbered legislature or congress: `nhiệm kỳ 2021 - 2026`,
 * `khóa XV`, `Đại hội XIII`.
 *
 * @example
 * ```ts
 * import { Term } from "@vnpol/schema";
 * Term.parse({ startYear: 2021, endYear: 2026, ordinal: null }); // nhiệm kỳ 2021 - 2026
 * Term.parse({ startYear: null, endYear: null, ordinal: 15 });  // khóa XV
 * ```
 */
export const Term = z
  .object({
    startYear: z.number().int().min(1930).max(2200).nullable().describe("First year of the term, when written."),
    endYear: z.number().int().min(1930).max(2200).nullable().describe("Last year of the term, when written."),
    ordinal: z.number().int().min(1).max(100).nullable().describe("Number of the legislature or congress (`khóa XV` is 15), when written."),
  })
  .strict()
  .refine((term) => term.startYear === null || term.endYear === null || term.startYear <= term.endYear, {
    message: "expected the first year of the term not to be after the last",
    path: ["endYear"],
  })
  .refine((term) => term.startYear !== null || term.endYear !== null || term.ordinal !== null, {
    message: "expected years or an ordinal",
  })
  .meta({ title: "Term", anyOf: [{ properties: { startYear: { type: "integer" } } }, { properties: { endYear: { type: "integer" } } }, { properties: { ordinal: { type: "integer" } } }] })
  .describe("A term of office (nhiệm kỳ) or a numbered legislature or congress (khóa, Đại hội).");
export type Term = z.infer<typeof Term>;
