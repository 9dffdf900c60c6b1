import type { CleanArticle, CleanBlock, PageTimestampInfo, RemovedBlock } from "./clean-article-types";
import { assignBodyRoles, type BodyPiece } from "./block-roles";
import { cleanRules, type CleanRuleId } from "./clean-rules";
import { hasWordChar, isCmsLabel, isSectionName, isTemplateLine, isViewCount, keyOf } from "./line-rules";
import { removalOf, type Mode } from "./line-removal";
import { mediaFileOf } from "./media-line";
import { endsWithStamp, parsePageTimestamp, type PageTimestamp } from "./page-timestamp";

/** A non-blank line of the input, trimmed, with its offsets. */
interface Line {
  text: string;
  start: number;
  end: number;
  key: string | null;
}

// Whitespace a trimmed line drops: ASCII controls and spaces, NBSP, odd spaces, BOM.
const isBlankCode = (code: number) => code <= 0x20 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;

// A headline is one line of title length; a longer first line is text.
const MAX_HEADLINE = 300;
// A headline does not end like a sentence or a clause ("…" and "?" are headline endings).
const SENTENCE_END = /(?:[^.]\.|[:;,])$/u;

const splitLines = (raw: string): Line[] => {
  const lines: Line[] = [];
  let from = 0;
  while (from <= raw.length) {
    let to = raw.indexOf("\n", from);
    if (to < 0) to = raw.length;
    let start = from;
    let end = to;
    while (start < end && isBlankCode(raw.charCodeAt(start))) start++;
    while (end > start && isBlankCode(raw.charCodeAt(end - 1))) end--;
    if (end > start) {
      const text = raw.slice(start, end);
      lines.push({ text, start, end, key: keyOf(text) });
    }
    from = to + 1;
  }
  return lines;
};

/** Reads a timestamp line: the timestamp, and what follows it when that is a view count. */
const timestampLine = (line: Line): { stamp: PageTimestamp; counter: Line | null } | null => {
  if (line.text.length > 160) return null;
  const stamp = parsePageTimestamp(line.text);
  if (!stamp) return null;
  const rest = line.text.slice(stamp.end);
  if (!hasWordChar(rest)) return { stamp, counter: null };
  const offset = rest.search(/[\p{L}\p{N}]/u);
  const counterText = rest.slice(offset).trimEnd();
  const key = keyOf(counterText);
  if (key === null || !isViewCount(key)) return null;
  const start = line.start + stamp.end + offset;
  return { stamp, counter: { text: counterText, start, end: start + counterText.length, key } };
};

/**
 * Cleans a plain-text dump of an article page (see `cleanArticle`): removes page debris line by
 * line with the rules of `cleanRules`, then reads the head (section, site clock, headline,
 * timestamp) and decides the role of each body line.
 */
export const cleanText = (raw: string): CleanArticle => {
  const lines = splitLines(raw);
  const removed: RemovedBlock[] = [];
  const blocks: CleanBlock[] = [];
  // Rule of the previous line when it was removed, so that only adjacent lines form one block.
  let previousRule: CleanRuleId | null = null;
  const remove = (rule: CleanRuleId, line: Line, group: boolean) => {
    blocks.push({ kind: "removed", text: line.text, start: line.start, end: line.end });
    const last = removed[removed.length - 1];
    const joins = group && last !== undefined && previousRule === rule;
    previousRule = rule;
    if (joins) {
      last.text += "\n" + line.text.normalize("NFC");
      last.end = line.end;
      return;
    }
    removed.push({ rule, reason: cleanRules[rule].reason, text: line.text.normalize("NFC"), start: line.start, end: line.end });
  };

  // Length of the run of CMS field labels starting at each line (counted backwards, one pass).
  const cmsRun = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) {
    const key = lines[i]!.key;
    cmsRun[i] = key !== null && isCmsLabel(key) ? cmsRun[i + 1]! + 1 : 0;
  }
  // A run's later lines see a shorter count: carry the run's length forward.
  for (let i = 1; i < lines.length; i++) if (cmsRun[i]! > 0 && cmsRun[i - 1]! > cmsRun[i]!) cmsRun[i] = cmsRun[i - 1]!;

  const kept: Line[] = [];
  let mode: Mode = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const decided = removalOf(line, mode, cmsRun[i]!);
    mode = decided.mode;
    if (decided.removal) {
      remove(decided.removal.rule, line, decided.removal.group);
      continue;
    }
    // Title lines ending in dates, two or more in a row, are a related list without a heading.
    const next = lines[i + 1];
    if (line.text.length <= 300 && next && endsWithStamp(line.text) && endsWithStamp(next.text) && !isTemplateLine(next.text)) {
      remove("related-list", line, false);
      mode = "related-list";
      continue;
    }
    previousRule = null;
    kept.push(line);
  }

  let headline: string | null = null;
  let section: string | null = null;
  let timestamp: PageTimestampInfo | null = null;
  const pieces: BodyPiece[] = [];
  let inBody = false;
  for (const line of kept) {
    if (!inBody) {
      const stamped = timestampLine(line);
      if (stamped) {
        const kind = headline === null ? "site-header" : "article";
        if (timestamp === null || (timestamp.kind === "site-header" && kind === "article")) {
          timestamp = { text: stamped.stamp.text.normalize("NFC"), value: stamped.stamp.value, kind };
        }
        const start = line.start + stamped.stamp.start;
        blocks.push({ kind: "timestamp", text: stamped.stamp.text, start, end: line.start + stamped.stamp.end });
        if (stamped.counter) remove("view-count", stamped.counter, false);
        continue;
      }
      if (section === null && line.key !== null && isSectionName(line.key)) {
        section = line.text.normalize("NFC");
        blocks.push({ kind: "section", text: line.text, start: line.start, end: line.end });
        continue;
      }
      if (headline === null && line.text.length <= MAX_HEADLINE && !SENTENCE_END.test(line.text) && !mediaFileOf(line.text)) {
        headline = line.text.normalize("NFC");
        blocks.push({ kind: "headline", text: line.text, start: line.start, end: line.end });
        continue;
      }
      inBody = true;
    }
    const media = mediaFileOf(line.text);
    pieces.push({ text: line.text, start: line.start, end: line.end, ...(media ? { media: { ...media, caption: null } } : {}) });
  }

  const roles = assignBodyRoles(pieces, headline);
  for (const block of roles.blocks) blocks.push(block);
  blocks.sort((a, b) => a.start - b.start);
  removed.sort((a, b) => a.start - b.start);
  return {
    format: "text",
    headline,
    section,
    timestamp,
    lead: null,
    paragraphs: roles.paragraphs,
    body: roles.body,
    media: roles.media,
    byline: roles.byline,
    source: roles.source,
    blocks,
    removed,
  };
};
