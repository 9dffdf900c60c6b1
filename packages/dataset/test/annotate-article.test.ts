import { describe, expect, it } from "vitest";
import { annotateArticle, referenceDay } from "../scripts/annotate-article";
import type { CuratedArticle } from "../scripts/curate-article";

describe("referenceDay", () => {
  it("is the publication day when the page gives one: 22:37 27/12/2022", () => {
    expect(referenceDay({ datePublished: { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }, eventDate: { year: 2022, month: 12, day: 27 } })).toBe("2022-12-27");
  });

  it("is the event day when only the text dates the event: Ngày 14-1 of năm 2021", () => {
    expect(referenceDay({ datePublished: null, eventDate: { year: 2021, month: 1, day: 14 } })).toBe("2021-01-14");
  });

  it("is none when no day with its year is known, so that no year is invented", () => {
    expect(referenceDay({ datePublished: null, eventDate: null })).toBeUndefined();
    expect(referenceDay({ datePublished: { month: 1, day: 14 }, eventDate: { start: { year: 2021 }, end: { year: 2021 } } })).toBeUndefined();
  });
});

describe("annotateArticle", () => {
  it("adds what the extractor finds in the body, given the reference day", () => {
    const curated = { file: "x.md", curation: {}, article: { body: "Ngày 14-1, hội nghị.", datePublished: null, eventDate: { year: 2021, month: 1, day: 14 } } } as unknown as CuratedArticle;
    const calls: unknown[] = [];
    const annotated = annotateArticle(curated, (text, options) => {
      calls.push([text, options]);
      return [{ kind: "date", start: 0, end: 9, text: "Ngày 14-1", value: { value: { year: 2021, month: 1, day: 14 }, grain: "day", calendar: "solar", partOfDay: undefined } }];
    });
    expect(calls).toEqual([["Ngày 14-1, hội nghị.", { ref: "2021-01-14" }]]);
    // undefined members are dropped, as JSON would.
    expect(annotated.mentions).toEqual([{ kind: "date", start: 0, end: 9, text: "Ngày 14-1", value: { value: { year: 2021, month: 1, day: 14 }, grain: "day", calendar: "solar" } }]);
    expect(Object.keys((annotated.mentions as { value: object }[])[0]!.value)).not.toContain("partOfDay");
  });

  it("adds the memberships the official mentions state, dated by the same day, only with a reader of them", () => {
    const body = "đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy";
    const curated = { file: "x.md", curation: {}, article: { body, datePublished: { year: 2022, month: 12, day: 27 }, eventDate: null } } as unknown as CuratedArticle;
    const official = { person: "Trần Thế Dũng", former: false, positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" as const }] };
    const extractor = () => [{ kind: "official" as const, start: 9, end: body.length, text: body.slice(9), value: official }];
    const calls: unknown[] = [];
    const annotated = annotateArticle(curated, extractor, (mentions, options) => {
      calls.push([mentions, options]);
      return mentions.flatMap((m) => (m.kind === "official" ? [{ person: { name: m.value.person! }, post: m.value.positions[0]!, asOf: null, former: m.value.former }] : []));
    });
    // the reader gets the mentions the extractor found, and the day they were read with
    expect(calls).toEqual([[extractor(), { ref: "2022-12-27" }]]);
    expect(annotated.memberships).toEqual([{ person: { name: "Trần Thế Dũng" }, post: official.positions[0], asOf: null, former: false }]);
    expect(annotateArticle(curated, extractor)).not.toHaveProperty("memberships");
  });

  it("adds no mentions without an extractor", () => {
    const curated = { file: "x.md", curation: {}, article: { body: "…", datePublished: null, eventDate: null } } as unknown as CuratedArticle;
    expect(annotateArticle(curated, undefined).mentions).toEqual([]);
  });
});
