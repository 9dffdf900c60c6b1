import { normalize } from "../normalize";
import { ABBREVIATIONS } from "./abbreviations";
import { buildLexicon } from "./lexicon";
import { tokenize } from "./tokenize";

const LEXICON = buildLexicon(ABBREVIATIONS.map((a) => [a.abbreviation, a.expansion] as const));

/**
 * Writes out the abbreviations of bodies, roles and tiers in a short expression (`HĐND`,
 * `UVTV`, `T.Ư`, `TP`), keeping the other words, in normalised spelling; null when it holds
 * no abbreviation from the table (`docs/officials.md` lists it with sources).
 *
 * @example
 * ```ts
 * import { expandAbbreviation } from "@vnpol/parse";
 * expandAbbreviation("HĐND");       // "Hội đồng nhân dân"
 * expandAbbreviation("HĐND tỉnh");  // "Hội đồng nhân dân tỉnh"
 * expandAbbreviation("UVTV Tỉnh uỷ"); // "Ủy viên Ban Thường vụ Tỉnh ủy"
 * expandAbbreviation("Tỉnh ủy");    // null
 * ```
 */
export const expandAbbreviation = (text: string): string | null => {
  const normal = normalize(text);
  const tokens = tokenize(normal);
  let out = "";
  let copied = 0;
  let changed = false;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const hit = token.capital ? LEXICON.match(tokens, i) : null;
    if (hit === null) {
      i++;
      continue;
    }
    out += normal.slice(copied, token.start) + hit.value;
    copied = tokens[hit.end - 1]!.end;
    changed = true;
    i = hit.end;
  }
  return changed ? (out + normal.slice(copied)).trim() : null;
};
