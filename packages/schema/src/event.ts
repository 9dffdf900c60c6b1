import { z } from "zod";
import { DateRange } from "./date-range";
import { PartialDate } from "./partial-date";
import { Term } from "./term";
import { Label } from "./text";

/** The kind of political event.
 *
 * @example
 * ```ts
 * import { EventKind } from "@vnpol/schema";
 * EventKind.parse("congress"); // Đại hội XIII của Đảng
 * ```
 */
export const EventKind = z
  .enum(["conference", "session", "congress", "meeting", "election", "ceremony", "seminar", "other"])
  .describe("Kind of event: hội nghị, kỳ họp, đại hội, cuộc họp, bầu cử, lễ, hội thảo or tọa đàm, other.");
export type EventKind = z.infer<typeof EventKind>;

/**
 * A conference, session, congress or other political event.
 *
 * @example
 * ```ts
 * import { Event } from "@vnpol/schema";
 * // seed 004: "Sáng ngày 27/12, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2022"
 * Event.parse({
 *   kind: "conference",
 *   name: "Hội nghị tổng kết công tác dân vận năm 2022",
 *   date: { year: 2022, month: 12, day: 27 },
 *   place: null,
 *   organiser: "Ban Dân vận Tỉnh ủy",
 *   term: null,
 * });
 * ```
 */
export const Event = z
  .object({
    kind: EventKind,
    name: Label.nullable().describe("Name as written: `Hội nghị Trung ương 9 khóa XIII`, `Kỳ họp thứ 7`."),
    date: z.union([DateRange, PartialDate]).nullable().describe("Date or period of the event, when the text gives it."),
    place: Label.nullable().describe("Where it took place, when the text says."),
    organiser: Label.nullable().describe("Body that held it, when the text says."),
    term: Term.nullable().describe("Term or legislature it belongs to (`khóa XV`), when written."),
  })
  .strict()
  .meta({ title: "Event" })
  .describe("A conference, session, congress or other political event.");
export type Event = z.infer<typeof Event>;
