import type { CleanArticle, CleanArticleOptions } from "./clean-article-types";
import { cleanHtml } from "./clean-html";
import { cleanText } from "./clean-text";

/**
 * The contract of `cleanArticle` (stable: `packages/dataset` codes against it).
 *
 * - `format`: `"html"` when the input holds HTML tags (parsed with hast-util-from-html), else `"text"`.
 * - `headline`, `section`, `lead`, `paragraphs`, captions and credits: text as published — only
 *   composed to Unicode NFC, trimmed, and (HTML) whitespace runs collapsed. Misprints are kept.
 * - `lead`: the sapo when the page sets it apart (HTML: a first paragraph wholly in bold that ends
 *   a sentence); plain text has no typography, so it is always `null` there. The lead is ALSO the
 *   first entry of `paragraphs` and of `body`: the body is the whole article text.
 * - `paragraphs`: body paragraphs and list items in order, as published (a `- ` the page wrote is
 *   kept); captions, media lines, headline, timestamp and credits are not paragraphs.
 * - `body`: Markdown — blocks joined by a blank line; consecutive list items (`- …`, or HTML `<li>`)
 *   by one newline; each media item in place as `![caption](contentUrl)` (empty caption or URL when
 *   unknown), so caption text is part of the body and mentions can point into it. No escaping.
 * - `timestamp`: a date/time line (text) or `p.ngay`/`time` element (HTML) above the body;
 *   `kind: "site-header"` when it comes BEFORE the headline (a site's header clock, e.g. seed 002's
 *   `02/12/2021 |` under `Sign In`), `"article"` when it comes after the headline. The article's
 *   timestamp wins over a header clock; a header clock is never a publication date.
 * - `media`: images and videos in order; `contentUrl` is null when the page gives a caption but no
 *   file, and then `type` is null too (unknown, not guessed).
 * - `byline`: credits in order (`Tin: Đào Quyên` → text, `Ảnh: Thành Tâm` → photo, `Trần Thông
 *   Thái-BDVTU` → author + affiliation). `source`: a republished article's origin (`Theo TGPN`).
 * - `blocks`: every non-blank piece of the input in input order with what it became — the trace
 *   that shows nothing was dropped silently. `removed`: the removed blocks, each with its rule.
 *
 * How roles are decided (plain text; HTML uses its elements first, then the same line rules):
 * - Removal first, line by line, with the rules of `cleanRules` (`clean-rules.ts`); related
 *   lists, visit counters, comment forms and CMS label runs remove the lines that follow their
 *   heading while those lines keep the list's shape (list items, titles ending in a date). Two
 *   or more titles ending in a listing stamp (`(05/01/2004)`, `23.10.2024 | 16:17 PM`) are a
 *   related list without a heading. Every removed line is reported.
 * - Head: before the first body line come the section (a known section name), timestamps and the
 *   headline (the first other line, at most 300 characters, not ending in `.`, `:`, `;`, `,`).
 * - Body: a media file line (`TTTU-1.jpg`, `Video: ….mp4`) is media, and a one-sentence line of
 *   at most 160 characters right after it is its caption. Away from media, a line is a caption
 *   (of a picture the dump lost) when it is not the first body line (the lead's place), another
 *   body line follows it, it is one short sentence — no sentence break, not a list item, no `:`
 *   `;` `,` at the end — and it repeats the headline, or it starts like a caption (`Các đồng chí`,
 *   `Đại biểu`, `Quang cảnh`, `Trao`…) or has a caption verb (`phát biểu`, `dự hội nghị`,
 *   `trao tặng`…) with no final stop and at most 100 characters, or with a final period and at
 *   most 12 words. Anything else stays a paragraph: a subheading has a caption's shape but rarely
 *   its words. A caption's text is in `body` either way.
 * - Byline: `Tin:`/`Ảnh:`/`Video:` lines anywhere; unlabelled credits (`Trần Thông Thái-BDVTU`,
 *   `Chu Thanh Hoài (Ban Dân vận Tỉnh ủy)`, `Phương Thảo: Huyện Bắc Mê`) only in the run of
 *   credit-shaped lines that ends the body.
 */
export type { CleanArticle, CleanArticleOptions, CleanBlock, CleanBlockKind, CleanMedia, PageTimestampInfo, RemovedBlock } from "./clean-article-types";

// HTML is recognised by a tag of an HTML element near the start (pages open with markup).
const HTML_TAG = /<(?:!doctype|html|head|body|p|div|span|table|tr|td|br|a|img|h[1-6]|ul|ol|li|strong|b|em|i|article|section|figure|script|meta|link)[\s>/]/i;

/**
 * Cleans a scraped article page — a plain-text dump or an HTML page — into its headline,
 * section, timestamp, lead, paragraphs, Markdown body, media with captions and byline, and
 * reports every removed block with the rule that removed it. Never throws; linear in the input.
 *
 * @example
 * ```ts
 * import { cleanArticle } from "@vnpol/parse";
 * const page = [
 *   "Sign In",
 *   "Hội nghị tổng kết công tác dân vận",
 *   "22:37 27/12/2022",
 *   "Sáng ngày 27/12, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết.",
 *   "Tin: Đào Quyên",
 *   "Tin khác",
 *   "- Họp Ban Chỉ đạo phòng, chống tham nhũng 29.08.2024 | 20:06 PM",
 * ].join("\n");
 * const article = cleanArticle(page);
 * article.headline;        // "Hội nghị tổng kết công tác dân vận"
 * article.timestamp?.value; // { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }
 * article.paragraphs;      // ["Sáng ngày 27/12, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết."]
 * article.byline;          // [{ role: "text", name: "Đào Quyên", affiliation: null }]
 * article.removed.map((block) => block.rule); // ["site-chrome", "related-list"]
 * ```
 */
export const cleanArticle = (raw: string, options: CleanArticleOptions = {}): CleanArticle => {
  const input = typeof raw === "string" ? raw : "";
  const format = options?.format ?? (HTML_TAG.test(input.length > 8192 ? input.slice(0, 8192) : input) ? "html" : "text");
  if (format === "text") return cleanText(input);
  try {
    return cleanHtml(input);
  } catch {
    // A page the HTML reader cannot take (pathological nesting) is still read line by line.
    return cleanText(input);
  }
};
