import { z } from "zod";
import { DateRange } from "./date-range";
import { DocumentRef } from "./document-ref";
import { Event } from "./event";
import { Organization } from "./organization";
import { PartialDate } from "./partial-date";
import { Place } from "./place";
import { Post } from "./post";
import { spanFitsText, spanIsOrdered, spanShape, type SpanFields } from "./span";
import { Label } from "./text";

/** What a date expression fixed: the finest unit the text gave, or a period.
 *
 * @example
 * ```ts
 * import { DateGrain } from "@vnpol/schema";
 * DateGrain.parse("quarter"); // quý I/2023
 * ```
 */
export const DateGrain = z
  .enum(["year", "half", "quarter", "month", "day", "minute", "range"])
  .describe("Finest unit the text fixed: year, half (6 tháng đầu năm), quarter (quý), month, day, minute, or range (both ends).");
export type DateGrain = z.infer<typeof DateGrain>;

/** A part of the day named in Vietnamese: sáng, trưa, chiều, tối, đêm.
 *
 * @example
 * ```ts
 * import { PartOfDay } from "@vnpol/schema";
 * PartOfDay.parse("morning"); // Sáng ngày 27/12
 * ```
 */
export const PartOfDay = z
  .enum(["morning", "noon", "afternoon", "evening", "night"])
  .describe("Part of the day: morning (sáng), noon (trưa), afternoon (chiều), evening (tối), night (đêm).");
export type PartOfDay = z.infer<typeof PartOfDay>;

/**
 * What a date expression means, without its place in the text.
 *
 * @example
 * ```ts
 * import { DateInfo } from "@vnpol/schema";
 * DateInfo.parse({ value: { year: 2021, month: 1, day: 14 }, grain: "day", calendar: "solar" }); // Ngày 14-1
 * ```
 */
export const DateInfo = z
  .object({
    value: z.union([DateRange, PartialDate]).describe("The date, or both ends of a period."),
    grain: DateGrain,
    partOfDay: PartOfDay.optional(),
    calendar: z.enum(["solar", "lunar"]).describe("Calendar the text used; a lunar date's solar equivalent is in `value` when the year is known."),
    lunar: PartialDate.optional().describe("The date in the Vietnamese lunar calendar, as written, for lunar expressions."),
  })
  .strict()
  .meta({ title: "DateInfo" })
  .describe("What a date expression means: the date or period, its grain and calendar.");
export type DateInfo = z.infer<typeof DateInfo>;

/**
 * A person with their posts, as one mention in text states them.
 *
 * @example
 * ```ts
 * import { Official } from "@vnpol/schema";
 * // "Lê Mạnh Cường, Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện" (seed 003)
 * Official.parse({
 *   person: "Lê Mạnh Cường",
 *   former: false,
 *   positions: [
 *     { role: "Phó Bí thư Thường trực", body: "Huyện ủy", level: "district" },
 *     { role: "Chủ tịch", body: "Hội đồng nhân dân huyện", level: "district" },
 *   ],
 * });
 * ```
 */
export const Official = z
  .object({
    person: Label.nullable().describe("Full name as written; null when the text gives the post without a name (`đồng chí Phó Bí thư Thường trực Tỉnh ủy`)."),
    former: z.boolean().describe("True for a post held before (`nguyên`)."),
    positions: z.array(Post).describe("Posts in the order written."),
  })
  .strict()
  .meta({ title: "Official" })
  .describe("A person with their posts, as stated in one mention.");
export type Official = z.infer<typeof Official>;

const withSpan = <T extends z.ZodRawShape>(shape: T, title: string, description: string) =>
  z
    .object({ ...spanShape, ...shape })
    .strict()
    .refine((m) => spanIsOrdered(m as unknown as SpanFields), { message: "expected start <= end", path: ["end"] })
    .refine((m) => spanFitsText(m as unknown as SpanFields), { message: "expected end - start to equal the length of text", path: ["text"] })
    .meta({ title })
    .describe(description);

/** A date, time or period found by `findDates`: a span with its {@link DateInfo}.
 *
 * @example
 * ```ts
 * import { DateMention } from "@vnpol/schema";
 * DateMention.parse({ start: 0, end: 9, text: "Ngày 14-1", value: { year: 2021, month: 1, day: 14 }, grain: "day", calendar: "solar" });
 * ```
 */
export const DateMention = withSpan(DateInfo.shape, "DateMention", "A date, time or period found in text.");
export type DateMention = z.infer<typeof DateMention>;

/** A document reference found by `findDocumentRefs`: a span with its {@link DocumentRef}.
 *
 * @example
 * ```ts
 * import { DocumentRefMention } from "@vnpol/schema";
 * DocumentRefMention.parse({
 *   start: 0, end: 22, text: "Nghị quyết số 02-NQ/TU",
 *   system: "party", kind: "Nghị quyết", kindCode: "NQ", number: "02", year: null,
 *   issuerCode: "TU", issuer: null, unitCode: null, date: null, symbol: "02-NQ/TU",
 * });
 * ```
 */
export const DocumentRefMention = withSpan(DocumentRef.shape, "DocumentRefMention", "A reference to a Party or State document found in text.");
export type DocumentRefMention = z.infer<typeof DocumentRefMention>;

/** A person with posts found by `findOfficials`: a span with its {@link Official}.
 *
 * @example
 * ```ts
 * import { OfficialMention } from "@vnpol/schema";
 * OfficialMention.parse({
 *   start: 0, end: 45, text: "Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy",
 *   person: "Trần Thế Dũng", former: false,
 *   positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }],
 * });
 * ```
 */
export const OfficialMention = withSpan(Official.shape, "OfficialMention", "A person with their posts found in text.");
export type OfficialMention = z.infer<typeof OfficialMention>;

/** An organization named in text: a span with its {@link Organization}.
 *
 * @example
 * ```ts
 * import { OrganizationMention } from "@vnpol/schema";
 * OrganizationMention.parse({ start: 0, end: 19, text: "Ban Dân vận Tỉnh ủy", name: "Ban Dân vận Tỉnh ủy", classification: "party-agency", level: "province" });
 * ```
 */
export const OrganizationMention = withSpan(Organization.shape, "OrganizationMention", "An organization named in text.");
export type OrganizationMention = z.infer<typeof OrganizationMention>;

/** An administrative unit named in text: a span with its {@link Place}.
 *
 * @example
 * ```ts
 * import { PlaceMention } from "@vnpol/schema";
 * PlaceMention.parse({ start: 0, end: 12, text: "huyện Bắc Mê", name: "Bắc Mê", type: "district", level: "district" });
 * ```
 */
export const PlaceMention = withSpan(Place.shape, "PlaceMention", "An administrative unit named in text.");
export type PlaceMention = z.infer<typeof PlaceMention>;

/** An event named in text: a span with its {@link Event}.
 *
 * @example
 * ```ts
 * import { EventMention } from "@vnpol/schema";
 * EventMention.parse({ start: 0, end: 12, text: "Kỳ họp thứ 7", kind: "session", name: "Kỳ họp thứ 7", date: null, place: null, organiser: null, term: null });
 * ```
 */
export const EventMention = withSpan(Event.shape, "EventMention", "A political event named in text.");
export type EventMention = z.infer<typeof EventMention>;

const variant = <K extends string, V extends z.ZodType>(kind: K, value: V, what: string) =>
  z
    .object({ kind: z.literal(kind).describe(`Discriminator: ${what}.`), ...spanShape, value })
    .strict()
    .refine((m) => spanIsOrdered(m as unknown as SpanFields), { message: "expected start <= end", path: ["end"] })
    .refine((m) => spanFitsText(m as unknown as SpanFields), { message: "expected end - start to equal the length of text", path: ["text"] });

/**
 * Anything found in text, as one union: a {@link Span}, a `kind` that says what it is,
 * and the parsed `value` (`DateInfo`, `DocumentRef`, `Official`, `Organization`, `Place`,
 * `Event`). This is what `extract` returns and what the dataset stores.
 *
 * @example
 * ```ts
 * import { Mention } from "@vnpol/schema";
 * const m = Mention.parse({
 *   kind: "date", start: 0, end: 9, text: "Ngày 14-1",
 *   value: { value: { year: 2021, month: 1, day: 14 }, grain: "day", calendar: "solar" },
 * });
 * if (m.kind === "date") console.log(m.value.grain); // "day"
 * ```
 */
export const Mention = z
  .discriminatedUnion("kind", [
    variant("date", DateInfo, "a date, time or period"),
    variant("document", DocumentRef, "a document reference"),
    variant("official", Official, "a person with posts"),
    variant("organization", Organization, "an organization"),
    variant("place", Place, "an administrative unit"),
    variant("event", Event, "a political event"),
  ])
  .meta({ title: "Mention" })
  .describe("Something found in text: a span, what kind it is, and its parsed value.");
export type Mention = z.infer<typeof Mention>;

/** The kinds of {@link Mention}. */
export type MentionKind = Mention["kind"];

