import { normalize } from "../normalize";
import {
  CHROME_PHRASES,
  CMS_FIELD_LABELS,
  CMS_FIELD_PATTERNS,
  COMMENT_FIELD_LABELS,
  COMMENT_HEADINGS,
  COUNTER_HEADINGS,
  READER_CONTROL_WORDS,
  RELATED_HEADINGS,
} from "./clean-rules";
import { endsWithDate } from "./page-timestamp";
import { SECTION_NAMES } from "./section-names";

// Lines longer than this are text, never an interface label; bounding keeps every test linear.
const MAX_LABEL = 200;

const CHROME_BY_LENGTH = [...CHROME_PHRASES].sort((a, b) => b.length - a.length);
const RELATED = new Set(RELATED_HEADINGS);
const COMMENT = new Set(COMMENT_HEADINGS);
const COMMENT_FIELDS = new Set(COMMENT_FIELD_LABELS);
const COUNTERS = new Set(COUNTER_HEADINGS);
const CMS = new Set(CMS_FIELD_LABELS);
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const VIEW_COUNT = /^\d[\d.,]{0,12}\s?lượt\s(?:xem|đọc|truy cập|thích|chia sẻ|bình luận)$/;
const DIGIT_ROW = /^[\d.,\s]{1,30}$/;
const LIST_MARK = /^[-•+*»–]\s/;
// Decoration around a label: leading dashes, bullets, colons; trailing colons and bars. The lookbehind enters the trailing run only at its start, so the search stays linear.
const DECORATION = /^[\s\-–•»:|]+|(?<![\s:|»])[\s:|»]+$/g;

/**
 * The comparison key of a short line: normalised, lower-cased, trimmed, without a final colon
 * or surrounding decoration; null for long lines, which no label rule matches.
 */
export const keyOf = (line: string): string | null => {
  if (line.length > MAX_LABEL) return null;
  return normalize(line)
    .toLowerCase()
    .trim()
    .replace(DECORATION, "");
};

/** Whether a line holds template braces, closed or not (`{{ getLanguage(…) }}`, `{{`). */
export const isTemplateLine = (line: string): boolean => line.includes("{{") || line.includes("}}");

/** Whether a short line is a reading control (font size, contrast, `EmailPrintAa`). */
export const isReaderControl = (key: string): boolean => key.length <= 80 && READER_CONTROL_WORDS.some((word) => key.includes(word));

/** A short line made only of interface phrases and punctuation. */
export const isChrome = (key: string): boolean => {
  // A line without letters (a rule of underscores) is not chrome: it stays as published.
  if (key.length === 0 || key.length > 60 || !HAS_WORD_CHAR.test(key)) return false;
  let rest = key;
  for (const phrase of CHROME_BY_LENGTH) if (rest.includes(phrase)) rest = rest.split(phrase).join(" ");
  return !HAS_WORD_CHAR.test(rest);
};

/** Whether a key is a view count alone (`99 lượt xem`). */
export const isViewCount = (key: string): boolean => VIEW_COUNT.test(key);
/** Whether a key is a related-list heading (`tin khác`, `xem tin theo ngày`). */
export const isRelatedHeading = (key: string): boolean => RELATED.has(key);
/** Whether a key is a reader-comment heading (`ý kiến bạn đọc`). */
export const isCommentHeading = (key: string): boolean => COMMENT.has(key);
/** Whether a key is a comment-form field label (`họ tên`, `email`). */
export const isCommentField = (key: string): boolean => COMMENT_FIELDS.has(key);
/** Whether a key is a known section name (`chính trị`). */
export const isSectionName = (key: string): boolean => SECTION_NAMES.has(key);
/** Whether a key is a CMS field label (`tiêu đề`, `approval status`, `content type: …`). */
export const isCmsLabel = (key: string): boolean => CMS.has(key) || CMS_FIELD_PATTERNS.some((pattern) => pattern.test(key));
/** Whether a line is only digits and separators, as counter widgets print them. */
export const isDigitRow = (line: string): boolean => DIGIT_ROW.test(line);

const FIGURE_CHAR = /[\d.,]/;
const FIGURE_GAP = /[:\s]/;
/** `key` without its trailing figure and the colon or spaces before it, read backwards: `đang online: 12` → `đang online`. */
const withoutFigure = (key: string): string => {
  let end = key.length;
  while (end > 0 && FIGURE_CHAR.test(key[end - 1]!)) end--;
  while (end > 0 && FIGURE_GAP.test(key[end - 1]!)) end--;
  return key.slice(0, end);
};

/** A counter heading, with or without its figure: `Lượt truy cập:`, `Đang online: 12`. */
export const isCounterHeading = (key: string): boolean => COUNTERS.has(withoutFigure(key));

/** Whether a line starts like a list item (`- `, `• `). */
export const isListItem = (line: string): boolean => LIST_MARK.test(line);

/** A title line of a related-news list: a list item or a title with a trailing date (never a bare line: it may be the headline). */
export const isRelatedItem = (line: string, listItem = false): boolean => line.length <= 300 && (listItem || isListItem(line) || endsWithDate(line));

/** Whether a text has letters or digits (what must never disappear unreported). */
export const hasWordChar = (text: string): boolean => HAS_WORD_CHAR.test(text);
