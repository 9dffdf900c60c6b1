import * as parse from "@vnpol/parse";
import type { Extractor, MembershipReader } from "./annotate-article";

/** `extract` of `@vnpol/parse` once it has landed there; until then undefined, and the articles carry no mentions. */
export const availableExtractor: Extractor | undefined = (parse as unknown as { extract?: Extractor }).extract;

/** `membershipsOf` of `@vnpol/parse` over the official mentions, once both have landed there; until then undefined, and the articles carry no memberships. */
export const availableMemberships: MembershipReader | undefined = (() => {
  const { membershipsOf, officialMentionsOf } = parse as unknown as Partial<Pick<typeof parse, "membershipsOf" | "officialMentionsOf">>;
  return membershipsOf === undefined || officialMentionsOf === undefined ? undefined : (mentions, options) => membershipsOf(officialMentionsOf(mentions), options);
})();
