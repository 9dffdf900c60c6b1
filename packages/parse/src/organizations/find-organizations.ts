import type { OrganizationMention } from "@vnpol/schema";
import { normalizeWithOffsets } from "../normalize";
import { matchBodyPhrase } from "./body-phrase";
import { tokenize } from "./tokenize";

/**
 * Finds the bodies of the Party, the State, the Front and the mass organisations named in
 * free text, in text order: the full name with abbreviations expanded, the abbreviation when
 * one was used, the kind of body, its tier, and its parent and place when the text names
 * them. Offsets are into the input as given. A kind of body (`HĐND các cấp`, `Ban Dân vận
 * các huyện`) is not one body and is left out.
 *
 * @example
 * ```ts
 * import { findOrganizations } from "@vnpol/parse";
 * const [m] = findOrganizations("Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.");
 * m.text;           // "Ban Dân vận Tỉnh ủy"
 * m.classification; // "party-agency"
 * m.level;          // "province"
 * m.parent;         // "Tỉnh ủy"
 * ```
 */
export const findOrganizations = (text: string): OrganizationMention[] => {
  const normal = normalizeWithOffsets(text);
  const tokens = tokenize(normal.text);
  const mentions: OrganizationMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const body = token.capital ? matchBodyPhrase(tokens, i, normal.text) : null;
    if (body === null) {
      i++;
      continue;
    }
    i = body.end;
    if (body.generic) continue;
    const start = normal.toOriginal(token.start);
    const end = normal.toOriginal(tokens[body.end - 1]!.end);
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      name: body.name,
      ...(body.abbreviation === null ? {} : { abbreviation: body.abbreviation }),
      classification: body.classification,
      level: body.level,
      ...(body.parent === null ? {} : { parent: body.parent }),
      ...(body.place === null ? {} : { place: body.place }),
    });
  }
  return mentions;
};
