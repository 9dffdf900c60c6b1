import { BODIES, type BodyRule } from "./bodies";
import { DEPARTMENT_ONLY_FIELDS, DISTRICT_DIVISION_FIELDS, FIELD_SHORT_FORMS, MINISTRY_FIELDS } from "./fields";
import { buildLexicon, type Lexicon } from "./lexicon";
import { CENTRAL_FORMS } from "./qualifiers";

const FIELDS_SOURCE = "Nghị quyết 02/2002/QH11, 01/2007/QH12, 26/2016/QH14, 176/2025/QH15 (cơ cấu tổ chức của Chính phủ); Nghị định 24/2014/NĐ-CP, 107/2020/NĐ-CP (các Sở)";

const DIVISIONS_SOURCE = "Nghị định 14/2008/NĐ-CP và 37/2014/NĐ-CP (các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện: các phòng)";

const fieldRules = (): BodyRule[] => {
  const rules: BodyRule[] = [];
  const shortFormsOf = (field: string) => FIELD_SHORT_FORMS.filter(([, full]) => full === field).map(([short]) => short);
  for (const field of MINISTRY_FIELDS) {
    const shorts = shortFormsOf(field);
    rules.push({ name: `Bộ ${field}`, aliases: shorts.map((s) => `Bộ ${s}`), classification: "state-agency", level: "central", scope: "national", source: FIELDS_SOURCE });
  }
  for (const field of [...MINISTRY_FIELDS, ...DEPARTMENT_ONLY_FIELDS]) {
    if (field === "Công an" || field === "Quốc phòng" || field === "Ngoại giao") continue;
    const shorts = shortFormsOf(field);
    rules.push({ name: `Sở ${field}`, aliases: shorts.map((s) => `Sở ${s}`), classification: "state-agency", level: "province", scope: "local", source: FIELDS_SOURCE });
  }
  for (const field of DISTRICT_DIVISION_FIELDS) {
    const shorts = shortFormsOf(field);
    rules.push({ name: `Phòng ${field}`, aliases: shorts.map((s) => `Phòng ${s}`), classification: "state-agency", level: "district", scope: "local", source: DIVISIONS_SOURCE });
  }
  return rules;
};

/** The ministries and departments built from their fields, once. */
const FIELD_RULES: readonly BodyRule[] = fieldRules();

/**
 * The ministries by their field alone, as a minister's title writes them (`Bộ trưởng Quốc
 * phòng`, `Thứ trưởng GD-ĐT`): every spelling of each field, to the ministry's rule.
 */
export const MINISTRY_FIELD_LEXICON: Lexicon<BodyRule> = buildLexicon(
  FIELD_RULES.filter((rule) => rule.name.startsWith("Bộ ")).flatMap((rule) =>
    [rule.name, ...rule.aliases].map((phrase) => [phrase.slice("Bộ ".length), rule] as const),
  ),
);

/** The ministries' names (`Bộ Quốc phòng`), built from their fields. */
export const MINISTRY_NAMES: ReadonlySet<string> = new Set(FIELD_RULES.filter((rule) => rule.name.startsWith("Bộ ")).map((rule) => rule.name));

/** Every named body: the table of {@link BODIES} and the ministries and departments built from their fields. */
export const BODY_RULES: readonly BodyRule[] = [...BODIES, ...FIELD_RULES];

/** The body table as a lexicon over every name and alias, compiled once. */
// "UB" is written for "Ủy ban" in any committee's name, first word or not (UB Quốc phòng và An ninh, Ban Dân nguyện của UB Thường vụ Quốc hội; UBND aside).
const withShortCommittee = (phrase: string) => (phrase.includes("Ủy ban ") ? [phrase, phrase.replace("Ủy ban ", "UB ")] : [phrase]);
// "Trung ương" is written short in any body's name (`Văn phòng T.Ư Đảng`, `Quân ủy TW`), as the qualifiers list.
const withShortCentral = (phrase: string) => (phrase.includes("Trung ương") ? CENTRAL_FORMS.map((form) => phrase.replace("Trung ương", form)) : [phrase]);

// A central organ of the Party may take `Đảng` after `Trung ương` (`Ban Tổ chức Trung ương Đảng`, `Ủy ban Kiểm tra TW Đảng`).
const withParty = (rule: BodyRule) => (phrase: string) => (rule.classification.startsWith("party-") && phrase.endsWith("Trung ương") ? [phrase, `${phrase} Đảng`] : [phrase]);

// "Việt Nam" at the end of a name is written VN (`Hội LHPN VN`, `Mặt trận Tổ quốc VN`).
const withShortCountry = (phrase: string) => (phrase.endsWith(" Việt Nam") ? [phrase, `${phrase.slice(0, -"Việt Nam".length)}VN`] : [phrase]);

// A body "của Quốc hội" (of the National Assembly) is written without `của` too (`Ủy ban Đối ngoại Quốc hội`).
const withoutOfAssembly = (phrase: string) => (phrase.endsWith(" của Quốc hội") ? [phrase, phrase.replace(" của Quốc hội", " Quốc hội")] : [phrase]);

// "Quốc hội" in a body's name is written QH (`Văn phòng QH`, `Ủy ban Pháp luật của QH`).
const withShortAssembly = (phrase: string) => (phrase.includes("Quốc hội") ? [phrase, phrase.replace("Quốc hội", "QH")] : [phrase]);

// A national association is led by its central committee, written `Trung ương` before its name, with
// or without the country (`Trung ương Hội Liên hiệp Phụ nữ Việt Nam`, `T.Ư Hội LHPN`): the association's own rule.
const withCentralCommittee = (rule: BodyRule) => (phrase: string) => {
  if (rule.scope !== "national" || !phrase.startsWith("Hội ") || phrase.startsWith("Hội đồng ")) return [phrase];
  const country = / (?:Việt Nam|VN)$/.exec(phrase);
  return [phrase, `Trung ương ${phrase}`, ...(country === null ? [] : [`Trung ương ${phrase.slice(0, country.index)}`])];
};

// A committee "của Quốc hội" is named so after any of its short names too (`UB Kinh tế - Ngân sách của QH`).
const OF_ASSEMBLY = " của Quốc hội";
const withOfAssembly = (rule: BodyRule) => (phrase: string) => (rule.name.endsWith(OF_ASSEMBLY) && !phrase.endsWith(OF_ASSEMBLY) ? [phrase, `${phrase}${OF_ASSEMBLY}`] : [phrase]);

export const BODY_LEXICON: Lexicon<BodyRule> = buildLexicon(
  BODY_RULES.flatMap((rule) =>
    [
      ...new Set(
        [rule.name, ...rule.aliases]
          .flatMap(withOfAssembly(rule))
          .flatMap(withShortCommittee)
          .flatMap(withParty(rule))
          .flatMap(withShortCountry)
          .flatMap(withoutOfAssembly)
          .flatMap(withShortAssembly)
          .flatMap(withCentralCommittee(rule))
          .flatMap(withShortCentral),
      ),
    ].map((phrase) => [phrase, rule] as const),
  ),
);
