import type { MentionKind } from "@vnpol/schema";
import { UsageError } from "./usage-error";

/**
 * The words `--only` accepts, each mapped to the `kind` of mention it keeps. The plural is
 * the documented form; the singular (the `kind` itself) is accepted too.
 *
 * @example
 * ```ts
 * import { ONLY_WORDS } from "@vnpol/cli";
 * ONLY_WORDS["documents"]; // "document"
 * ```
 */
export const ONLY_WORDS: Readonly<Record<string, MentionKind>> = {
  dates: "date",
  date: "date",
  documents: "document",
  document: "document",
  officials: "official",
  official: "official",
  organizations: "organization",
  organization: "organization",
  places: "place",
  place: "place",
  events: "event",
  event: "event",
};

/**
 * Reads the value of `--only` (`dates,documents,officials`) into mention kinds, in the
 * order given and without repeats; throws a {@link UsageError} naming the words accepted.
 *
 * @example
 * ```ts
 * import { parseOnly } from "@vnpol/cli";
 * parseOnly("dates, documents,officials"); // ["date", "document", "official"]
 * ```
 */
export const parseOnly = (value: string): MentionKind[] => {
  const kinds: MentionKind[] = [];
  for (const word of value.split(",")) {
    const key = word.trim().toLowerCase();
    if (key === "") continue;
    const kind = ONLY_WORDS[key];
    if (kind === undefined) {
      throw new UsageError(
        `--only: unknown kind ${JSON.stringify(word.trim())}; expected a comma-separated list of dates, documents, officials, organizations, places, events`,
      );
    }
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) throw new UsageError("--only: expected at least one of dates, documents, officials, organizations, places, events");
  return kinds;
};
