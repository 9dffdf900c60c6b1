import { z } from "zod";
import { PartialDate, comparePartialDates } from "./partial-date";

/**
 * A period with both ends: `từ ngày 1 đến 3/5`, `quý I/2023`, `nhiệm kỳ 2021 - 2026`.
 *
 * @example
 * ```ts
 * import { DateRange } from "@vnpol/schema";
 * DateRange.parse({ start: { year: 2021, month: 1 }, end: { year: 2021, month: 6 } }); // 6 tháng đầu năm 2021
 * ```
 */
export const DateRange = z
  .object({
    start: PartialDate.describe("First day (or moment) of the period."),
    end: PartialDate.describe("Last day (or moment) of the period, inclusive."),
  })
  .strict()
  .refine((range) => comparePartialDates(range.start, range.end) <= 0, {
    message: "expected the start of the range not to be after its end",
    path: ["end"],
  })
  .meta({ title: "DateRange" })
  .describe("A period given by its first and last dates, both inclusive.");
export type DateRange = z.infer<typeof DateRange>;
