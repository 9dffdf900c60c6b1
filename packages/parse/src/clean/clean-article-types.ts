import type { Credit, PartialDate } from "@vnpol/schema";

/** The result of `cleanArticle`; the contract is documented at the top of `clean-article.ts`. */
export interface CleanArticle {
  /** Which reader was used. */
  format: "text" | "html";
  /** Headline as published, or null when none was found. */
  headline: string | null;
  /** Section of the site when the page names it (`Chính trị`). */
  section: string | null;
  /** The page's timestamp, or null. */
  timestamp: PageTimestampInfo | null;
  /** Lead (sapo) when the page sets one apart; also the first paragraph. */
  lead: string | null;
  /** Body paragraphs and list items, as published. */
  paragraphs: string[];
  /** The body as Markdown (paragraphs, list items, media with captions). */
  body: string;
  /** Images and videos with captions, in order. */
  media: CleanMedia[];
  /** Credits (text, photo, video, author), in order. */
  byline: Credit[];
  /** Publication an article was republished from (`Theo TGPN` → `TGPN`), or null. */
  source: string | null;
  /** Every non-blank piece of the input, in order, with its role. */
  blocks: CleanBlock[];
  /** What was removed, by which rule and why. */
  removed: RemovedBlock[];
}

/** A timestamp printed on the page, with the reading of it and whose clock it is. */
export interface PageTimestampInfo {
  /** The timestamp as written: `22:37 27/12/2022`. */
  text: string;
  /** What it says; seconds and time zone are dropped (times are UTC+7). */
  value: PartialDate;
  /** `article` when it stands after the headline; `site-header` when before (a site clock). */
  kind: "article" | "site-header";
}

/** An image or video of the article. */
export interface CleanMedia {
  /** Image or video (from the file's extension or element); null when no file is given. */
  type: "image" | "video" | null;
  /** File name or address as the page gives it (`TTTU-1.jpg`), or null when only a caption is left. */
  contentUrl: string | null;
  /** Caption as published, or null. */
  caption: string | null;
}

/** What a block of the input became. */
export type CleanBlockKind =
  | "headline"
  | "section"
  | "timestamp"
  | "paragraph"
  | "list-item"
  | "media"
  | "caption"
  | "byline"
  | "removed";

/**
 * One non-blank piece of the input. For `text` input `raw.slice(start, end) === text`; for HTML,
 * `start`/`end` span the element in the source and `text` is its text content.
 */
export interface CleanBlock {
  /** What the piece became. */
  kind: CleanBlockKind;
  /** The piece: the input's text (plain text) or the element's text content (HTML). */
  text: string;
  /** Offset of the piece in the input. */
  start: number;
  /** Offset just after the piece in the input. */
  end: number;
}

/** A removed piece of the input and the rule that removed it. */
export interface RemovedBlock {
  /** Id of the rule in `cleanRules` (`related-list`, `template-placeholder`, …). */
  rule: string;
  /** Why the rule removes such blocks, in one sentence. */
  reason: string;
  /** The removed text, NFC: its lines (or HTML text blocks), trimmed, joined by `\n`. */
  text: string;
  /** Offset of the first removed piece in the input (see {@link CleanBlock}). */
  start: number;
  /** Offset just after the last removed piece. */
  end: number;
}

/** Options of `cleanArticle`. */
export interface CleanArticleOptions {
  /** Force a reader instead of detecting HTML tags. */
  format?: "text" | "html";
}
