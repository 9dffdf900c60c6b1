import type { CleanRuleId } from "./clean-rules";

/**
 * What HTML elements of article pages are, by tag and class name. Class names are matched as
 * whole tokens, lower-cased, except the widget words, which are matched inside tokens
 * (`newsother_boxname`). Source: the markup of Vietnamese news pages (nld.com.vn's
 * `p.title`, `p.ngay`, `td.commentimg`, `p.author`, `p.phanhoi`, `newsother_*`) and the common
 * class names of news templates (`title`, `sapo`, `author`, `caption`, `related`, `share`).
 */

/** Elements whose text is never article text: code and templates. */
export const CODE_TAGS: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "select", "button"]);

/** Page furniture elements and the rule that removes them. */
export const FURNITURE_TAGS: ReadonlyMap<string, CleanRuleId> = new Map<string, CleanRuleId>([
  ["nav", "site-chrome"],
  ["header", "site-chrome"],
  ["footer", "site-chrome"],
  ["aside", "related-list"],
  ["form", "comment-form"],
]);

/** Words inside class names of widgets, and the rule that removes the widget. */
export const WIDGET_CLASS_WORDS: readonly (readonly [string, CleanRuleId])[] = [
  ["newsother", "related-list"],
  ["related", "related-list"],
  ["tinkhac", "related-list"],
  ["lienquan", "related-list"],
  ["othernews", "related-list"],
  ["phanhoi", "site-chrome"],
  ["share", "site-chrome"],
  ["social", "site-chrome"],
  ["print", "site-chrome"],
  ["breadcrumb", "site-chrome"],
  ["menu", "site-chrome"],
  ["banner", "site-chrome"],
  ["advert", "site-chrome"],
  ["comment-", "comment-form"],
  ["binhluan", "comment-form"],
  ["counter", "visit-counter"],
  ["thongke", "visit-counter"],
];

/** Class names of the headline. */
export const HEADLINE_CLASSES: ReadonlySet<string> = new Set(["title", "tieude", "headline", "article-title", "detail-title", "title-detail", "news-title"]);

/** Class names of the page timestamp. */
export const TIMESTAMP_CLASSES: ReadonlySet<string> = new Set(["ngay", "date", "time", "datetime", "publish-date", "post-date", "ngaydang", "ngay-dang"]);

/** Class names of the byline. */
export const AUTHOR_CLASSES: ReadonlySet<string> = new Set(["author", "tacgia", "tac-gia", "byline"]);

/** Class names of a lead (sapo). */
export const LEAD_CLASSES: ReadonlySet<string> = new Set(["sapo", "lead", "summary", "tomtat", "chapeau"]);

/** Class names of a photo caption. */
export const CAPTION_CLASSES: ReadonlySet<string> = new Set(["commentimg", "caption", "image-caption", "img-caption", "chuthich", "chu-thich"]);

/** Elements that break text into blocks. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td",
  "tfoot", "th", "thead", "tr", "ul", "title", "head",
]);
