/**
 * The rules `cleanArticle` removes page debris by: what each matches and why it is not article
 * text. Every removed block names one of these ids. Phrases are compared after `normalize`
 * (NFC, new-style tone marks, collapsed spaces) and lower-casing, so `Thống kê truy cập` and
 * its decomposed or old-style spellings match alike.
 *
 * Sources: the phrases are the interface labels of Vietnamese news sites and of provincial
 * Party/government portals (SharePoint- and CMS-based: the field names of their news list forms),
 * as printed on such pages; none is the text of one article.
 */

/** A cleaning rule: its id, what it matches, and why what it matches is not the article. */
export interface CleanRule {
  /** Stable id, reported with each removed block. */
  readonly id: CleanRuleId;
  /** What the rule matches, in words. */
  readonly matches: string;
  /** Why such a block is not article text. */
  readonly reason: string;
}

/** Ids of the cleaning rules. */
export type CleanRuleId =
  | "template-placeholder"
  | "reader-controls"
  | "site-chrome"
  | "comment-form"
  | "view-count"
  | "visit-counter"
  | "cms-field-labels"
  | "related-list"
  | "non-content-element"
  | "above-headline";

/**
 * The rules, by id.
 *
 * @example
 * ```ts
 * import { cleanRules } from "@vnpol/parse";
 * cleanRules["related-list"].matches.startsWith("a heading such as"); // true
 * ```
 */
export const cleanRules: Readonly<Record<CleanRuleId, CleanRule>> = {
  "template-placeholder": {
    id: "template-placeholder",
    matches: "a line holding `{{ … }}` (even unclosed `{{`)",
    reason: "an unrendered client-side template placeholder (`{{ getLanguage(…) }}`, `{{Comment.Captcha}}`) is page code, not text",
  },
  "reader-controls": {
    id: "reader-controls",
    matches: "a short line of font-size, contrast, print or e-mail controls (`EmailPrintAa`, `(Giảm tương phản-)`, `Cỡ chữ`)",
    reason: "reading controls are buttons of the page, not text",
  },
  "site-chrome": {
    id: "site-chrome",
    matches: "a short line made only of site interface words (`Sign In`, `Đăng nhập`, `Phản hồi`, `Gửi cho bạn bè`, `In ra giấy`, `Chia sẻ`)",
    reason: "navigation, login and share links belong to the site, not to the article",
  },
  "comment-form": {
    id: "comment-form",
    matches: "a reader-comment heading (`Ý kiến bạn đọc`, `Gửi bình luận`) and the form field labels after it",
    reason: "the comment form and its labels are not part of the article",
  },
  "view-count": {
    id: "view-count",
    matches: "a view count (`99 lượt xem`, `1.234 lượt đọc`)",
    reason: "a page counter changes with every visit; it is not published text",
  },
  "visit-counter": {
    id: "visit-counter",
    matches: "a visit-statistics heading (`Thống kê truy cập`, `Lượt truy cập:`, `Đang online:`) and the digit rows after it",
    reason: "the site's visit counter widget is not part of the article",
  },
  "cms-field-labels": {
    id: "cms-field-labels",
    matches: "a run of three or more lines that are content-management field labels (`Tiêu đề`, `Hình ảnh mô tả`, `Số lượt người đọc`, `FriendlyName`, `Approval Status`, `Content Type: …`)",
    reason: "the labels of an editing form leaked into the page; they carry no article text",
  },
  "related-list": {
    id: "related-list",
    matches:
      "a heading such as `Tin cùng chuyên mục`, `Tin khác`, `Tin liên quan`, `Xem tin theo ngày` followed by title lines (list items, titles with trailing dates or times), or two or more title lines ending in dates",
    reason: "links to other articles are site navigation, not this article",
  },
  "non-content-element": {
    id: "non-content-element",
    matches: "HTML elements that are not article content: `script`, `style`, `noscript`, `template`, `nav`, `header`, `footer`, `aside`, `form`, and elements whose class names share, print, comment, related-news or menu widgets",
    reason: "code, navigation and widgets of the page are not the article's text",
  },
  "above-headline": {
    id: "above-headline",
    matches: "text of an HTML page that comes before its marked headline element (`h1`, `.title`) and is not a section name or timestamp",
    reason: "what precedes the headline is the site's header (logo, menus, links), not the article",
  },
};

/** Words of reading controls (font size, contrast, print, e-mail); matched inside short lines. */
export const READER_CONTROL_WORDS: readonly string[] = [
  "cỡ chữ",
  "tương phản",
  "font size",
  "contrast",
  "emailprintaa",
  "email print aa",
  "a- a a+",
  "(a-)",
  "(a+)",
];

/** Site interface phrases; a short line made only of these (and punctuation) is chrome. */
export const CHROME_PHRASES: readonly string[] = [
  "sign in",
  "sign out",
  "sign up",
  "log in",
  "login",
  "đăng nhập",
  "đăng ký",
  "đăng xuất",
  "trang chủ",
  "phản hồi",
  "gửi cho bạn bè",
  "in ra giấy",
  "in bài viết",
  "in bài",
  "bản in",
  "gửi email",
  "gửi bài viết",
  "chia sẻ",
  "lên đầu trang",
  "về đầu trang",
  "quay lại",
  "trở về",
  "facebook",
  "twitter",
  "zalo",
  "email",
  "print",
  "share",
  "tweet",
  "like",
  "aa",
];

/** Headings of reader-comment sections. */
export const COMMENT_HEADINGS: readonly string[] = [
  "ý kiến bạn đọc",
  "ý kiến của bạn",
  "gửi ý kiến",
  "gửi bình luận",
  "bình luận",
  "viết bình luận",
  "danh sách bình luận",
  "gửi góp ý bình luận bài viết",
];

/** Field labels of a comment form, removed when they follow a comment heading. */
export const COMMENT_FIELD_LABELS: readonly string[] = [
  "họ tên",
  "họ và tên",
  "email",
  "địa chỉ email",
  "điện thoại",
  "tiêu đề",
  "nội dung",
  "nội dung bình luận",
  "mã xác nhận",
  "mã bảo vệ",
  "gửi",
  "gửi ý kiến",
  "nhập lại",
  "hủy",
];

/** Headings of visit-counter widgets; the digit rows after them belong to the widget. */
export const COUNTER_HEADINGS: readonly string[] = [
  "thống kê truy cập",
  "lượt truy cập",
  "số lượt truy cập",
  "tổng lượt truy cập",
  "tổng số lượt truy cập",
  "đang online",
  "đang truy cập",
  "trực tuyến",
  "hôm nay",
  "hôm qua",
  "tuần này",
  "tháng này",
  "tổng cộng",
];

/**
 * Field labels of news-editing forms that leak into pages: the Vietnamese fields of a portal's
 * news list and SharePoint's built-in list columns (Approval Status, Attachments, Content Type).
 */
export const CMS_FIELD_LABELS: readonly string[] = [
  "tiêu đề",
  "hình ảnh",
  "hình ảnh mô tả",
  "tóm tắt",
  "nội dung",
  "link thay thế nội dung",
  "ngày xuất bản",
  "tin nổi bật",
  "tác giả",
  "phân loại",
  "loại bài viết",
  "số trang",
  "số ảnh",
  "số tiền",
  "hệ số",
  "bút danh",
  "tên tác giả",
  "số điện thoại",
  "email",
  "trạng thái",
  "số lượt người đọc",
  "friendlyname",
  "approval status",
  "attachments",
  "created",
  "modified",
  "created by",
  "modified by",
  "version",
];

/** Patterns of CMS field labels with a value: SharePoint's `Content Type: …` and `Untitled 1`. */
export const CMS_FIELD_PATTERNS: readonly RegExp[] = [/^content type: [^\n]{1,60}$/, /^untitled \d{1,3}$/];

/** Headings of related-article lists (any case; `CÁC TIN KHÁC` too). */
export const RELATED_HEADINGS: readonly string[] = [
  "tin cùng chuyên mục",
  "tin cùng loại",
  "tin khác",
  "các tin khác",
  "tin liên quan",
  "các tin liên quan",
  "bài liên quan",
  "bài viết liên quan",
  "tin bài liên quan",
  "tin bài khác",
  "các bài viết khác",
  "bài viết khác",
  "tin mới",
  "tin mới hơn",
  "tin cũ hơn",
  "tin đã đưa",
  "tin mới nhất",
  "tin đọc nhiều",
  "đọc nhiều nhất",
  "xem tin theo ngày",
  "xem thêm",
  "đọc thêm",
];
