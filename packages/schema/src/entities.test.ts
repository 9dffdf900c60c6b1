import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { entities, type EntityName } from "./entities";
import { toJsonSchema } from "./json-schema";
import { formatIssues } from "./validation-error";

// Examples from the seed articles (../shared/seeds): what each schema must accept and reject.
// `zodOnly` marks a rule JSON Schema cannot state (NFC, span length, offsets into the body).
interface Case {
  entity: EntityName;
  what: string;
  value: unknown;
  zodOnly?: boolean;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

const hau = { role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" };
const ref43 = {
  system: "party", kind: "Kết luận", kindCode: "KL", number: "43", year: null, issuerCode: "TU",
  issuer: "Ban Chấp hành Đảng bộ tỉnh", unitCode: null, date: { year: 2022, month: 6, day: 24 }, symbol: "43-KL/TU",
};
const body = "Ngày 14-1, Ban Dận vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2020.";
const article = {
  id: "001-ban-dan-van-tinh-uy-2021", headline: "Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021", lead: null, body,
  datePublished: null, eventDate: { year: 2021, month: 1, day: 14 }, dateline: null, province: null,
  byline: [{ role: "text", name: "Đào Quyên", affiliation: null }, { role: "photo", name: "Thành Tâm", affiliation: null }],
  media: [{ type: "image", contentUrl: "TTTU-1.jpg", caption: "Điểm cầu trung tâm tại Hà Nội" }],
  section: null, publisher: null, url: null, language: "vi",
  provenance: { rawFile: "001_8ce18eee035a6707.txt", sha256: "a".repeat(64) },
  errata: [{ text: "Ban Dận vận", correction: "Ban Dân vận", note: null }],
  mentions: [{ kind: "date", start: 0, end: 9, text: "Ngày 14-1", value: { value: { year: 2021, month: 1, day: 14 }, grain: "day", calendar: "solar" } }],
};
// Seed 004's official, as an article states it, and the membership that mention states.
const dungBody = "Dự hội nghị có đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy.";
const dungMention = { kind: "official", start: 24, end: 69, text: "Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy", value: { person: "Trần Thế Dũng", former: false, positions: [hau] } };
const dung = { person: { name: "Trần Thế Dũng" }, post: hau, asOf: { year: 2022, month: 12, day: 27 }, former: false };
const withMembers = { ...article, body: dungBody, errata: [], mentions: [dungMention], memberships: [dung] };

const valid: Case[] = [
  { entity: "PartialDate", what: "Ngày 14-1 (no year)", value: { day: 14, month: 1 } },
  { entity: "PartialDate", what: "22:37 27/12/2022", value: { year: 2022, month: 12, day: 27, hour: 22, minute: 37 } },
  { entity: "PartialDate", what: "29/2/2024 (leap year)", value: { year: 2024, month: 2, day: 29 } },
  { entity: "PartialDate", what: "29/2 with no year", value: { day: 29, month: 2 } },
  { entity: "DateRange", what: "6 tháng đầu năm 2021", value: { start: { year: 2021, month: 1, day: 1 }, end: { year: 2021, month: 6, day: 30 } } },
  { entity: "Span", what: "Ngày 14-1", value: { start: 0, end: 9, text: "Ngày 14-1" } },
  { entity: "Term", what: "nhiệm kỳ 2021 - 2026", value: { startYear: 2021, endYear: 2026, ordinal: null } },
  { entity: "Term", what: "khóa XV", value: { startYear: null, endYear: null, ordinal: 15 } },
  { entity: "DocumentNumber", what: "269-QĐ/TU", value: { system: "party", number: "269", year: null, kindCode: "QĐ", issuerCode: "TU", unitCode: null } },
  { entity: "DocumentNumber", what: "30/2020/NĐ-CP", value: { system: "state", number: "30", year: 2020, kindCode: "NĐ", issuerCode: "CP", unitCode: null } },
  { entity: "DocumentRef", what: "Kết luận số 43-KL/TU, ngày 24/6/2022", value: ref43 },
  {
    entity: "DocumentRef", what: "Nghị quyết số 68 của Chính phủ",
    value: { system: "state", kind: "Nghị quyết", kindCode: null, number: "68", year: null, issuerCode: null, issuer: "Chính phủ", unitCode: null, date: null, symbol: null },
  },
  { entity: "Person", what: "đồng chí Bùi Thị Minh Hoài", value: { name: "Bùi Thị Minh Hoài", honorific: "đồng chí" } },
  { entity: "Post", what: "Phó Bí thư Thường trực Tỉnh ủy", value: hau },
  { entity: "Post", what: "Chủ tịch HĐND huyện", value: { role: "Chủ tịch", body: "Hội đồng nhân dân huyện", level: "district" } },
  {
    entity: "Membership", what: "đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy",
    value: { person: { name: "Trần Thế Dũng", honorific: "đồng chí" }, post: hau, asOf: { year: 2022, month: 12, day: 27 }, former: false },
  },
  {
    entity: "Membership", what: "Trương Tấn Sang, nguyên Chủ tịch nước",
    value: { person: { name: "Trương Tấn Sang" }, post: { role: "Chủ tịch nước", body: null, level: "central" }, asOf: null, former: true },
  },
  { entity: "Organization", what: "Ban Dân vận Tỉnh ủy", value: { name: "Ban Dân vận Tỉnh ủy", classification: "party-agency", level: "province", parent: "Tỉnh ủy" } },
  { entity: "Organization", what: "Đảng Cộng sản Việt Nam", value: { name: "Đảng Cộng sản Việt Nam", classification: "party", level: "central" } },
  { entity: "Organization", what: "Khối Dân vận tỉnh", value: { name: "Khối Dân vận tỉnh", classification: "other", level: "province" } },
  {
    entity: "Place", what: "điểm cầu Bình Dương (2021)",
    value: { name: "Bình Dương", type: "province", level: "province", validUntil: { year: 2025, month: 6, day: 30 }, successor: "Thành phố Hồ Chí Minh" },
  },
  { entity: "Place", what: "huyện Bắc Mê", value: { name: "Bắc Mê", type: "district", level: "district" } },
  {
    entity: "Event", what: "Hội nghị tổng kết công tác dân vận năm 2022 (Sáng ngày 27/12)",
    value: { kind: "conference", name: "Hội nghị tổng kết công tác dân vận năm 2022", date: { year: 2022, month: 12, day: 27 }, place: null, organiser: "Ban Dân vận Tỉnh ủy", term: null },
  },
  {
    entity: "Event", what: "Kỳ họp thứ 7, Quốc hội khóa XV",
    value: { kind: "session", name: "Kỳ họp thứ 7", date: null, place: null, organiser: "Quốc hội", term: { startYear: null, endYear: null, ordinal: 15 } },
  },
  {
    entity: "OfficialMention", what: "Lê Mạnh Cường, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện",
    value: {
      start: 0, end: 13, text: "Lê Mạnh Cường", person: "Lê Mạnh Cường", former: false,
      positions: [{ role: "Phó Bí thư Thường trực", body: "Huyện ủy", level: "district" }, { role: "Chủ tịch", body: "Hội đồng nhân dân huyện", level: "district" }],
    },
  },
  {
    entity: "DateMention", what: "Sáng ngày 27/12",
    value: { start: 0, end: 15, text: "Sáng ngày 27/12", value: { year: 2022, month: 12, day: 27 }, grain: "day", partOfDay: "morning", calendar: "solar" },
  },
  { entity: "Mention", what: "a document mention", value: { kind: "document", start: 3, end: 11, text: "43-KL/TU", value: ref43 } },
  { entity: "Article", what: "seed 001, abridged", value: article },
  { entity: "Article", what: "the membership its official mention states", value: withMembers },
  { entity: "Credit", what: "Trần Thông Thái-BDVTU", value: { role: "author", name: "Trần Thông Thái", affiliation: "BDVTU" } },
  { entity: "MediaObject", what: "TTTU-1.jpg with its caption", value: { type: "image", contentUrl: "TTTU-1.jpg", caption: "Điểm cầu trung tâm tại Hà Nội" } },
  { entity: "Erratum", what: "đồng Trần Thế Dũng", value: { text: "đồng Trần Thế Dũng", correction: "đồng chí Trần Thế Dũng", note: "a word dropped" } },
  { entity: "Provenance", what: "seed 004's raw file", value: { rawFile: "004_43e1929577db704a.txt", sha256: "c".repeat(64) } },
  { entity: "DateInfo", what: "quý I/2023", value: { value: { start: { year: 2023, month: 1 }, end: { year: 2023, month: 3 } }, grain: "quarter", calendar: "solar" } },
  { entity: "DateInfo", what: "rằm tháng Giêng 2022 (lunar)", value: { value: { year: 2022, month: 2, day: 15 }, grain: "day", calendar: "lunar", lunar: { year: 2022, month: 1, day: 15 } } },
  { entity: "Official", what: "Trương Tấn Sang, nguyên Chủ tịch nước", value: { person: "Trương Tấn Sang", former: true, positions: [{ role: "Chủ tịch nước", body: null, level: "central" }] } },
  {
    entity: "DocumentRefMention", what: "Nghị quyết số 02-NQ/TU",
    value: { start: 4, end: 26, text: "Nghị quyết số 02-NQ/TU", system: "party", kind: "Nghị quyết", kindCode: "NQ", number: "02", year: null, issuerCode: "TU", issuer: null, unitCode: null, date: null, symbol: "02-NQ/TU" },
  },
  { entity: "OrganizationMention", what: "Ban Dân vận Trung ương", value: { start: 0, end: 22, text: "Ban Dân vận Trung ương", name: "Ban Dân vận Trung ương", classification: "party-agency", level: "central" } },
  { entity: "PlaceMention", what: "tỉnh Hà Tĩnh", value: { start: 0, end: 12, text: "tỉnh Hà Tĩnh", name: "Hà Tĩnh", type: "province", level: "province" } },
  {
    entity: "EventMention", what: "Hội nghị Trung ương 9 khóa XIII",
    value: { start: 0, end: 31, text: "Hội nghị Trung ương 9 khóa XIII", kind: "conference", name: "Hội nghị Trung ương 9 khóa XIII", date: null, place: null, organiser: null, term: { startYear: null, endYear: null, ordinal: 13 } },
  },
];

const invalid: Case[] = [
  { entity: "PartialDate", what: "31/2 does not exist", value: { day: 31, month: 2 } },
  { entity: "PartialDate", what: "31/4 does not exist", value: { year: 2021, month: 4, day: 31 } },
  { entity: "PartialDate", what: "29/2/2023 is not a leap day", value: { year: 2023, month: 2, day: 29 } },
  { entity: "PartialDate", what: "25:70 is not a time", value: { hour: 25, minute: 70 } },
  { entity: "PartialDate", what: "a minute without an hour", value: { day: 1, minute: 30 } },
  { entity: "PartialDate", what: "month 13", value: { month: 13 } },
  { entity: "PartialDate", what: "an unknown part", value: { year: 2021, week: 3 } },
  { entity: "DateRange", what: "a range that ends before it starts", value: { start: { year: 2026 }, end: { year: 2021 } }, zodOnly: true },
  { entity: "Span", what: "start after end", value: { start: 9, end: 0, text: "" }, zodOnly: true },
  { entity: "Span", what: "offsets that do not fit the text", value: { start: 0, end: 4, text: "Ngày 14-1" }, zodOnly: true },
  { entity: "Span", what: "a negative offset", value: { start: -1, end: 8, text: "Ngày 14-1" } },
  { entity: "Term", what: "a term that ends before it starts", value: { startYear: 2026, endYear: 2021, ordinal: null }, zodOnly: true },
  { entity: "Term", what: "a term with nothing in it", value: { startYear: null, endYear: null, ordinal: null } },
  { entity: "DocumentNumber", what: "an unknown system", value: { system: "army", number: "269", year: null, kindCode: "QĐ", issuerCode: "TU", unitCode: null } },
  { entity: "DocumentNumber", what: "a number that is not digits", value: { system: "party", number: "QĐ", year: null, kindCode: "QĐ", issuerCode: "TU", unitCode: null } },
  { entity: "DocumentRef", what: "a missing date field", value: { ...ref43, date: undefined } },
  { entity: "DocumentRef", what: "an impossible date of issue", value: { ...ref43, date: { year: 2022, month: 6, day: 31 } } },
  { entity: "Person", what: "an empty name", value: { name: "" } },
  { entity: "Person", what: "a name in NFD", value: { name: "Trần Thế Dũng".normalize("NFD") }, zodOnly: true },
  { entity: "Post", what: "an unknown level", value: { ...hau, level: "village" } },
  { entity: "Membership", what: "a membership without `former`", value: { person: { name: "Trần Thế Dũng" }, post: hau, asOf: null } },
  { entity: "Organization", what: "an unknown classification", value: { name: "Ban Dân vận Tỉnh ủy", classification: "club", level: "province" } },
  { entity: "Place", what: "a place without type", value: { name: "Hà Tĩnh", level: "province" } },
  { entity: "Event", what: "an unknown kind", value: { kind: "party", name: null, date: null, place: null, organiser: null, term: null } },
  { entity: "Mention", what: "an unknown mention kind", value: { kind: "weather", start: 0, end: 1, text: "x", value: {} } },
  { entity: "Article", what: "language other than vi", value: { ...article, language: "en" } },
  { entity: "Article", what: "a bad sha256", value: { ...article, provenance: { rawFile: "x.txt", sha256: "xyz" } } },
  { entity: "Credit", what: "an unknown role", value: { role: "editor", name: "Đào Quyên", affiliation: null } },
  { entity: "MediaObject", what: "an empty file name", value: { type: "image", contentUrl: "", caption: null } },
  { entity: "Erratum", what: "no correction", value: { text: "Ban Dận vận", note: null } },
  { entity: "Provenance", what: "an upper-case hash", value: { rawFile: "x.txt", sha256: "C".repeat(64) } },
  { entity: "DateInfo", what: "an unknown grain", value: { value: { year: 2023 }, grain: "week", calendar: "solar" } },
  { entity: "DateInfo", what: "an unknown calendar", value: { value: { year: 2023 }, grain: "year", calendar: "islamic" } },
  { entity: "Official", what: "a post without its role", value: { person: "Trần Thế Dũng", former: false, positions: [{ body: "Tỉnh ủy", level: "province" }] } },
  { entity: "DocumentRefMention", what: "a mention without its span", value: { system: "party", kind: "Nghị quyết", kindCode: "NQ", number: "02", year: null, issuerCode: "TU", issuer: null, unitCode: null, date: null, symbol: "02-NQ/TU" } },
  { entity: "OrganizationMention", what: "offsets that do not fit the text", value: { start: 0, end: 3, text: "Ban Dân vận Trung ương", name: "Ban Dân vận Trung ương", classification: "party-agency", level: "central" }, zodOnly: true },
  { entity: "PlaceMention", what: "a place level that does not exist", value: { start: 0, end: 12, text: "tỉnh Hà Tĩnh", name: "Hà Tĩnh", type: "province", level: "region" } },
  { entity: "DateMention", what: "a date mention with the discriminator of the Mention union", value: { kind: "date", start: 0, end: 9, text: "Ngày 14-1", value: { day: 14, month: 1 }, grain: "day", calendar: "solar" } },
  { entity: "OfficialMention", what: "a person name that is empty", value: { start: 0, end: 2, text: "ôn", person: "", former: false, positions: [] } },
  { entity: "EventMention", what: "an event without kind", value: { start: 0, end: 12, text: "Kỳ họp thứ 7", name: "Kỳ họp thứ 7", date: null, place: null, organiser: null, term: null } },
  { entity: "Article", what: "a membership of someone no official mention names", value: { ...withMembers, memberships: [{ ...dung, person: { name: "Nguyễn Văn A" } }] }, zodOnly: true },
  {
    entity: "Article", what: "a mention whose offsets do not slice the body",
    value: { ...article, mentions: [{ ...article.mentions[0], start: 1, end: 10 }] }, zodOnly: true,
  },
];

describe.each(valid)("$entity accepts $what", ({ entity, value }) => {
  it("in zod", () => {
    const result = entities[entity].safeParse(value);
    expect(result.error?.issues ?? []).toEqual([]);
  });
  it("in the generated JSON Schema", () => {
    const validate = ajv.compile(toJsonSchema(entity));
    validate(value);
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe.each(invalid)("$entity rejects $what", ({ entity, value, zodOnly }) => {
  it("in zod", () => {
    expect(entities[entity].safeParse(value).success).toBe(false);
  });
  it.skipIf(zodOnly)("in the generated JSON Schema", () => {
    expect(ajv.compile(toJsonSchema(entity))(value)).toBe(false);
  });
});

describe("Article: memberships", () => {
  it("says which membership names no official of the article, and who", () => {
    expect(dungBody.slice(dungMention.start, dungMention.end)).toBe(dungMention.text);
    const result = entities.Article.safeParse({ ...withMembers, memberships: [{ ...dung, person: { name: "Nguyễn Văn A" } }] });
    expect(result.success ? [] : formatIssues(result.error)).toEqual(['memberships[0].person.name: expected the name of a person in an official mention; no official mention names "Nguyễn Văn A"']);
  });
});

describe("the entity registry", () => {
  it("has valid and invalid examples for every entity", () => {
    for (const name of Object.keys(entities) as EntityName[]) {
      expect(valid.some((c) => c.entity === name), `${name} has a valid example`).toBe(true);
      expect(invalid.some((c) => c.entity === name), `${name} has an invalid example`).toBe(true);
    }
  });

  it("has a description on every schema and every field, for the JSON Schema and the docs", () => {
    for (const name of Object.keys(entities) as EntityName[]) {
      const schema = toJsonSchema(name) as { description?: string; properties?: Record<string, { description?: string }> };
      expect(schema.description, name).toBeTruthy();
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        expect(property.description, `${name}.${field}`).toBeTruthy();
      }
    }
  });
});
