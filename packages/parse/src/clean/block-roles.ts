import type { Credit } from "@vnpol/schema";
import { normalize } from "../normalize";
import type { CleanBlock, CleanMedia } from "./clean-article-types";
import { parseByline } from "./byline";
import { CAPTION_OPENERS, CAPTION_VERBS } from "./caption-openers";
import { isListItem } from "./line-rules";
import type { MediaLine } from "./media-line";

/** One kept piece of the body, in order, before its role is decided. */
export interface BodyPiece {
  /** The piece's text as the input gives it (trimmed). */
  text: string;
  /** Offsets of the piece in the input. */
  start: number;
  end: number;
  /** A media file line, or an HTML image/video with its own caption. */
  media?: MediaLine & { caption: string | null };
  /** Set by the HTML reader: the element was a list item (`<li>`). */
  listItem?: boolean;
  /** Set by the HTML reader: a caption cell the page marked as such. */
  caption?: boolean;
  /** Set by the HTML reader: the page marked it as the byline (`p.author`). */
  byline?: boolean;
  /** Set by the HTML reader: the whole piece is bold. */
  bold?: boolean;
  /** Set by the HTML reader: the page marked it as the lead (`.sapo`). */
  lead?: boolean;
}

/** The article parts decided from the body pieces. */
export interface BodyRoles {
  paragraphs: string[];
  body: string;
  media: CleanMedia[];
  byline: Credit[];
  source: string | null;
  lead: string | null;
  blocks: CleanBlock[];
}

// A caption is one short sentence: no sentence break inside, no clause left open at the end.
const MAX_CAPTION = 160;
// Without a final stop a line may be a sentence missing its period: only short ones are captions.
const MAX_BARE_CAPTION = 100;
// A caption with a final period and no caption opener is a short sentence.
const MAX_CAPTION_WORDS = 12;
const SENTENCE_BREAK = /[.!?…]["”)]?\s+\p{Lu}/u;
const OPEN_END = /[:;,]$/;
const FINAL_STOP = /[.!?…]["”)]?$/u;
// Read on the last CAPTION_TAIL characters of a caption, so `\s{0,60}` is every trailing space; bounded, it stays linear.
const CAPTION_TAIL = 60;
const CAPTION_CREDIT = /(?:^|[\s(.–-])\(?((?:ảnh|Ảnh|ẢNH|hình|Hình)\s?:\s?[^():]{2,40}?)\)?\s{0,60}$/u;
const LABELLED = /^[^:\n]{1,20}:/u;
const PUBLICATION = /^[\p{Lu}\d&.-]{2,15}$/u;
const OPENERS = [...CAPTION_OPENERS].sort((a, b) => b.length - a.length);

const nfc = (text: string) => text.normalize("NFC");

/** Whether a line starts like a caption (`Các đồng chí`, `Quang cảnh`). */
const startsLikeCaption = (text: string): boolean => {
  const lower = normalize(text.slice(0, 40)).toLowerCase();
  return OPENERS.some((opener) => lower.startsWith(opener) && !/\p{L}/u.test(lower.charAt(opener.length)));
};

/** Whether a short line speaks like a caption: it starts like one or has a verb of what a photo shows. */
const speaksLikeCaption = (text: string): boolean => {
  if (startsLikeCaption(text)) return true;
  const lower = normalize(text).toLowerCase();
  const words = ` ${lower.replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return CAPTION_VERBS.some((verb) => words.includes(` ${verb} `));
};

/**
 * Whether a line is a caption by its shape: one short sentence (at most 160 characters, no
 * sentence break, not a list item, no open end) that follows a media line, repeats the
 * headline, or speaks like a caption — with no final stop (then at most 100 characters) or a
 * final period. Subheadings have the same shape but rarely a caption's words.
 */
const isCaption = (text: string, afterMedia: boolean, headline: string | null): boolean => {
  if (text.length > MAX_CAPTION || isListItem(text) || SENTENCE_BREAK.test(text) || OPEN_END.test(text)) return false;
  if (afterMedia || (headline !== null && nfc(text) === headline)) return true;
  if (!FINAL_STOP.test(text)) return text.length <= MAX_BARE_CAPTION && speaksLikeCaption(text);
  return text.endsWith(".") && (startsLikeCaption(text) || (text.split(" ").length <= MAX_CAPTION_WORDS && speaksLikeCaption(text)));
};

const mediaMarkdown = (item: CleanMedia): string => {
  const url = item.contentUrl ?? "";
  return `![${item.caption ?? ""}](${/[\s()]/.test(url) ? `<${url}>` : url})`;
};

/**
 * Decides what each kept body piece is — paragraph, list item, media, caption, byline — and
 * builds the Markdown body.
 *
 * Rules: a media line is media; a caption-shaped line right after a media line captions it; a
 * byline line (`Tin: …`, `Ảnh: …`) is a credit anywhere, and unlabelled credit lines
 * (`Trần Thông Thái-BDVTU`) are credits only in the run at the end of the body; a line is a
 * caption of a lost picture when it is caption-shaped, not the first piece (the lead's place),
 * and a paragraph follows it (see `isCaption`); everything else is a paragraph. When unsure, a paragraph. HTML
 * pages mark their captions, so `captionsByShape` is off for them.
 */
export const assignBodyRoles = (pieces: readonly BodyPiece[], headline: string | null, captionsByShape = true): BodyRoles => {
  const n = pieces.length;
  const role: ("paragraph" | "list-item" | "media" | "caption" | "byline")[] = new Array(n).fill("paragraph");
  const bylineOf = new Array<ReturnType<typeof parseByline>>(n).fill(null);

  // The credit run at the end of the body, read backwards until a line that is not a credit.
  let tail = n;
  for (let i = n - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    if (piece.media) break;
    const parsed = parseByline(piece.text);
    if (parsed && !piece.text.endsWith(".")) {
      bylineOf[i] = parsed;
      tail = i;
    } else if (piece.byline && piece.text.length <= 100) {
      const text = nfc(piece.text.trim());
      // A marked byline in capitals (`SGGP`) names a newspaper, not a person.
      bylineOf[i] = PUBLICATION.test(text) ? { credits: [], source: text } : { credits: [{ role: "author", name: text, affiliation: null }], source: null };
      tail = i;
    } else break;
  }
  for (let i = 0; i < tail; i++) {
    const piece = pieces[i]!;
    if (piece.media) {
      role[i] = "media";
      continue;
    }
    // Before the tail only labelled credits count: an unlabelled name may be a caption.
    if (!LABELLED.test(piece.text)) continue;
    const parsed = parseByline(piece.text);
    if (parsed && parsed.source === null && parsed.credits.some((c) => c.role !== "author")) bylineOf[i] = parsed;
  }

  const media: CleanMedia[] = [];
  const mediaAt = new Map<number, CleanMedia>();
  let firstText = -1;
  for (let i = 0; i < n; i++) {
    const piece = pieces[i]!;
    if (bylineOf[i]) {
      role[i] = "byline";
      continue;
    }
    if (piece.media) {
      const item: CleanMedia = { type: piece.media.type, contentUrl: piece.media.contentUrl, caption: piece.media.caption === null ? null : nfc(piece.media.caption) };
      media.push(item);
      mediaAt.set(i, item);
      role[i] = "media";
      continue;
    }
    const previous = i > 0 ? mediaAt.get(i - 1) : undefined;
    if (piece.caption || (captionsByShape && previous && previous.caption === null && isCaption(piece.text, true, headline))) {
      if (previous && previous.caption === null) previous.caption = nfc(piece.text);
      else {
        const item: CleanMedia = { type: null, contentUrl: null, caption: nfc(piece.text) };
        media.push(item);
        mediaAt.set(i, item);
      }
      role[i] = "caption";
      continue;
    }
    if (firstText < 0) {
      firstText = i;
    } else if (captionsByShape && !piece.listItem && i + 1 < tail && !pieces[i + 1]!.media && isCaption(piece.text, false, headline)) {
      const item: CleanMedia = { type: null, contentUrl: null, caption: nfc(piece.text) };
      media.push(item);
      mediaAt.set(i, item);
      role[i] = "caption";
      continue;
    }
    role[i] = piece.listItem || isListItem(piece.text) ? "list-item" : "paragraph";
  }

  const paragraphs: string[] = [];
  const parts: string[] = [];
  const blocks: CleanBlock[] = [];
  const byline: Credit[] = [];
  let source: string | null = null;
  let lead: string | null = null;
  let previousRole: string | null = null;
  for (let i = 0; i < n; i++) {
    const piece = pieces[i]!;
    const kind = role[i]!;
    blocks.push({ kind, text: piece.text, start: piece.start, end: piece.end });
    if (kind === "byline") {
      const parsed = bylineOf[i]!;
      byline.push(...parsed.credits);
      source ??= parsed.source;
      continue;
    }
    let markdown: string | null = null;
    if (kind === "paragraph" || kind === "list-item") {
      const text = nfc(piece.text);
      paragraphs.push(text);
      if (lead === null && (piece.lead || (i === firstText && piece.bold && FINAL_STOP.test(text)))) lead = text;
      markdown = piece.listItem ? `- ${text}` : text;
    } else {
      // A photo credit at the end of a caption ("… - Ảnh: Kinh Luân") credits the photographer.
      const credit = kind === "caption" || kind === "media" ? CAPTION_CREDIT.exec(piece.text.slice(-CAPTION_TAIL)) : null;
      if (credit) byline.push(...(parseByline(credit[1]!)?.credits ?? []));
      const item = mediaAt.get(i);
      // A caption of the media line before it is rendered with that media, not again.
      if (item) markdown = mediaMarkdown(item);
    }
    if (markdown === null) continue;
    if (parts.length > 0) parts.push(kind === "list-item" && previousRole === "list-item" ? "\n" : "\n\n");
    parts.push(markdown);
    previousRole = kind;
  }
  const body = parts.join("");
  return { paragraphs, body, media, byline, source, lead, blocks };
};
