import * as parse from "@vnpol/parse";
import type { Extractor } from "./annotate-article";

/** `extract` of `@vnpol/parse` once it has landed there; until then undefined, and the articles carry no mentions. */
export const availableExtractor: Extractor | undefined = (parse as unknown as { extract?: Extractor }).extract;
