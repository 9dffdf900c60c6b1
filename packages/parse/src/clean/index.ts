export { cleanArticle } from "./clean-article";
export type { CleanArticle, CleanArticleOptions, CleanBlock, CleanBlockKind, CleanMedia, PageTimestampInfo, RemovedBlock } from "./clean-article";
export { cleanRules, type CleanRule, type CleanRuleId } from "./clean-rules";
export { parsePageTimestamp, type PageTimestamp } from "./page-timestamp";
export { parseByline, type BylineLine } from "./byline";
export { mediaFileOf, type MediaLine } from "./media-line";
