import { z } from "zod";
import { Label } from "./text";

/**
 * A person named in the news (Popolo `Person`). The name is kept whole, as written:
 * `Bùi Thị Minh Hoài`, never cut to its last syllables. Nothing is inferred that the
 * text does not say (no gender from a name, no birth year).
 *
 * @example
 * ```ts
 * import { Person } from "@vnpol/schema";
 * Person.parse({ name: "Trần Thế Dũng", honorific: "đồng chí" });
 * ```
 */
export const Person = z
  .object({
    id: z.string().min(1).optional().describe("Stable identifier, when the dataset assigns one."),
    name: Label.describe("Full name as written in the text, in NFC: `Nguyễn Văn Lộc`."),
    honorific: Label.nullable().optional().describe("Form of address used in the text: `đồng chí`, `Đ/c`, `ông`, `bà`."),
    otherNames: z.array(Label).optional().describe("Other spellings of the name seen in the text."),
  })
  .strict()
  .meta({ title: "Person" })
  .describe("A person named in the news (Popolo Person); the name is kept whole.");
export type Person = z.infer<typeof Person>;
