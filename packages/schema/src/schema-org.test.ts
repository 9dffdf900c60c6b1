import { z } from "zod";
import { describe, expect, it } from "vitest";
import { Article } from "./article";
import { toIsoDate, toSchemaOrg } from "./schema-org";

const body = "Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận số 43-KL/TU, ngày 24/6/2022. Đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy phát biểu.";
const ref = "Kết luận số 43-KL/TU, ngày 24/6/2022";
const official = "Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy";
const article = Article.parse({
  id: "004-dan-van-2022", headline: "Tiếp tục quán triệt, triển khai thực hiện hiệu quả chủ trương, nghị quyết của Đảng về công tác dân vận",
  lead: null, body, datePublished: { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }, eventDate: { year: 2022, month: 12, day: 27 },
  dateline: null, province: "Hà Tĩnh", byline: [{ role: "author", name: "Chu Thanh Hoài", affiliation: "Ban Dân vận Tỉnh ủy" }],
  media: [{ type: "image", contentUrl: "dai-bieu.jpg", caption: "Các đại biểu dự Hội nghị" }], section: null, publisher: null, url: null, language: "vi",
  provenance: { rawFile: "004_43e1929577db704a.txt", sha256: "b".repeat(64) }, errata: [],
  mentions: [
    {
      kind: "document", start: body.indexOf(ref), end: body.indexOf(ref) + ref.length, text: ref,
      value: { system: "party", kind: "Kết luận", kindCode: "KL", number: "43", year: null, issuerCode: "TU", issuer: "Ban Chấp hành Đảng bộ tỉnh", unitCode: null, date: { year: 2022, month: 6, day: 24 }, symbol: "43-KL/TU" },
    },
    {
      kind: "official", start: body.indexOf(official), end: body.indexOf(official) + official.length, text: official,
      value: { person: "Trần Thế Dũng", former: false, positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }] },
    },
  ],
});

// The parts of schema.org's vocabulary that the mapping promises, as a shape to check against.
const Thing = z.object({ "@type": z.string() });
const NewsArticleJsonLd = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("NewsArticle"),
  headline: z.string().min(1),
  articleBody: z.string(),
  inLanguage: z.literal("vi"),
  datePublished: z.iso.datetime({ offset: true }).optional(),
  author: z.array(Thing.extend({ "@type": z.literal("Person"), name: z.string() })).optional(),
  image: z.array(Thing.extend({ "@type": z.literal("ImageObject"), contentUrl: z.string() })).optional(),
  mentions: z.array(
    z.discriminatedUnion("@type", [
      Thing.extend({
        "@type": z.literal("Legislation"), legislationIdentifier: z.string(), legislationType: z.string().optional(),
        legislationDate: z.iso.date().optional(), legislationPassedBy: Thing.extend({ name: z.string() }).optional(),
      }),
      Thing.extend({
        "@type": z.literal("Person"), name: z.string().optional(),
        hasOccupation: z.array(Thing.extend({ "@type": z.literal("Occupation"), name: z.string() })),
        affiliation: z.array(Thing.extend({ "@type": z.literal("Organization"), name: z.string() })),
      }),
    ]),
  ).optional(),
});

describe("toSchemaOrg", () => {
  const jsonLd = toSchemaOrg(article);

  it("produces NewsArticle JSON-LD of schema.org's shape", () => {
    expect(NewsArticleJsonLd.safeParse(jsonLd).error?.issues ?? []).toEqual([]);
  });

  it("writes the publication time with Vietnam's offset", () => {
    expect(jsonLd.datePublished).toBe("2022-12-27T22:37:00+07:00");
  });

  it("maps a document reference to Legislation", () => {
    expect(jsonLd.mentions).toContainEqual({
      "@type": "Legislation", name: "Kết luận số 43-KL/TU", legislationIdentifier: "43-KL/TU", legislationType: "Kết luận",
      legislationDate: "2022-06-24", legislationPassedBy: { "@type": "Organization", name: "Ban Chấp hành Đảng bộ tỉnh" },
    });
  });

  it("maps an official to a Person with an occupation and an affiliation", () => {
    expect(jsonLd.mentions).toContainEqual({
      "@type": "Person", name: "Trần Thế Dũng",
      hasOccupation: [{ "@type": "Occupation", name: "Phó Bí thư Thường trực Tỉnh ủy", occupationalCategory: "province" }],
      affiliation: [{ "@type": "Organization", name: "Tỉnh ủy" }],
    });
  });
});

describe("toIsoDate", () => {
  it.each([
    [{ year: 2021 }, "2021"],
    [{ year: 2021, month: 7 }, "2021-07"],
    [{ year: 2021, month: 7, day: 13 }, "2021-07-13"],
    [{ year: 2022, month: 1, day: 12, hour: 9, minute: 20 }, "2022-01-12T09:20:00+07:00"],
    [{ month: 1, day: 14 }, undefined],
    [null, undefined],
  ])("writes %j as %j", (date, expected) => {
    expect(toIsoDate(date)).toBe(expected);
  });
});
