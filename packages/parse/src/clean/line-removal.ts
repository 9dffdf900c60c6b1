import type { CleanRuleId } from "./clean-rules";
import {
  isChrome,
  isCmsLabel,
  isCommentField,
  isCommentHeading,
  isCounterHeading,
  isDigitRow,
  isReaderControl,
  isRelatedHeading,
  isRelatedItem,
  isTemplateLine,
  isViewCount,
} from "./line-rules";

/** A multi-line widget whose lines are being removed. */
export type Mode = "related-list" | "visit-counter" | "comment-form" | null;

/** What pass one decided for a line: removed by a rule, or kept. */
export type Removal = { rule: CleanRuleId; group: boolean } | null;

/**
 * Decides whether one line (or HTML text run) is page debris, by the rules of `cleanRules`;
 * `mode` carries an open related list, counter or comment form from the lines before.
 */
export const removalOf = (line: { text: string; key: string | null; listItem?: boolean }, mode: Mode, cmsRun: number): { removal: Removal; mode: Mode } => {
  if (isTemplateLine(line.text)) return { removal: { rule: "template-placeholder", group: false }, mode };
  const key = line.key;
  if (key !== null) {
    if (mode === "related-list" && isRelatedItem(line.text, line.listItem) && !isRelatedHeading(key)) return { removal: { rule: "related-list", group: true }, mode };
    if (mode === "visit-counter" && (isDigitRow(line.text) || isCounterHeading(key))) return { removal: { rule: "visit-counter", group: true }, mode };
    if (mode === "comment-form" && (isCommentField(key) || isCommentHeading(key))) return { removal: { rule: "comment-form", group: true }, mode };
    if (isRelatedHeading(key)) return { removal: { rule: "related-list", group: false }, mode: "related-list" };
    if (isCounterHeading(key)) return { removal: { rule: "visit-counter", group: false }, mode: "visit-counter" };
    if (isCommentHeading(key)) return { removal: { rule: "comment-form", group: false }, mode: "comment-form" };
    if (cmsRun >= 3 && isCmsLabel(key)) return { removal: { rule: "cms-field-labels", group: true }, mode: null };
    if (isReaderControl(key)) return { removal: { rule: "reader-controls", group: false }, mode: null };
    if (isChrome(key)) return { removal: { rule: "site-chrome", group: false }, mode: null };
    if (isViewCount(key)) return { removal: { rule: "view-count", group: false }, mode: null };
  }
  return { removal: null, mode: null };
};

