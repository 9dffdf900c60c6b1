import type { Element, Nodes, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { CleanArticle, CleanBlock, PageTimestampInfo, RemovedBlock } from "./clean-article-types";
import { assignBodyRoles, type BodyPiece } from "./block-roles";
import { cleanRules, type CleanRuleId } from "./clean-rules";
import {
  AUTHOR_CLASSES,
  BLOCK_TAGS,
  CAPTION_CLASSES,
  CODE_TAGS,
  FURNITURE_TAGS,
  HEADLINE_CLASSES,
  LEAD_CLASSES,
  TIMESTAMP_CLASSES,
  WIDGET_CLASS_WORDS,
} from "./html-roles";
import { removalOf, type Mode } from "./line-removal";
import { hasWordChar, isCmsLabel, isSectionName, isTemplateLine, isViewCount, keyOf } from "./line-rules";
import { IMAGE_EXTENSIONS, VIDEO_EXTENSIONS } from "./media-extensions";
import { parsePageTimestamp, type PageTimestamp } from "./page-timestamp";

type Role = "headline" | "timestamp" | "author" | "lead" | "caption" | "list-item";

/** A block of text of the page: the text of one block element, whitespace collapsed. */
interface Run {
  kind: "run";
  text: string;
  start: number;
  end: number;
  role: Role | null;
  bold: boolean;
}

interface MediaItem {
  kind: "media";
  type: "image" | "video";
  contentUrl: string;
  caption: string | null;
  start: number;
  end: number;
}

interface Dropped {
  kind: "dropped";
  rule: CleanRuleId;
  text: string;
  start: number;
  end: number;
}

type Item = Run | MediaItem | Dropped;

// Images this small (spacers, icons) are decoration, not article media.
const DECORATION_SIZE = 16;
const SPACES = /\s+/g;

const collapse = (text: string) => text.replace(SPACES, " ").trim().normalize("NFC");
const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? startOf(node);

const classesOf = (element: Element): string[] => {
  const value = element.properties?.className;
  return Array.isArray(value) ? value.map((name) => String(name).toLowerCase()) : [];
};

const sizeOf = (element: Element, name: "width" | "height"): number | null => {
  const value = Number(element.properties?.[name]);
  return Number.isFinite(value) ? value : null;
};

const isDecoration = (element: Element): boolean => {
  const width = sizeOf(element, "width");
  const height = sizeOf(element, "height");
  return (width !== null && width <= DECORATION_SIZE) || (height !== null && height <= DECORATION_SIZE);
};

const sourceOf = (element: Element): string | null => {
  const src = element.properties?.src;
  if (typeof src === "string" && src.trim().length > 0) return src.trim();
  for (const child of element.children) if (child.type === "element" && child.tagName === "source") return sourceOf(child);
  return null;
};

const mediaTypeOf = (element: Element, url: string): "image" | "video" => {
  if (element.tagName === "video") return "video";
  const extension = /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase() ?? "";
  return VIDEO_EXTENSIONS.has(extension) && !IMAGE_EXTENSIONS.has(extension) ? "video" : "image";
};

/** The text of a subtree, without recursion (pages can nest deeply). */
const textOf = (node: Nodes): string => {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === "text") parts.push(current.value);
    else if (current.type === "element" || current.type === "root") {
      if (current !== node && current.type === "element" && CODE_TAGS.has(current.tagName)) continue;
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
      if (current.type === "element" && BLOCK_TAGS.has(current.tagName)) parts.push(" ");
    }
  }
  return parts.join("");
};

/** Article media inside each element, counted in one pass: a table or figure with one is a photo box. */
const countMedia = (root: Root): Map<Nodes, number> => {
  const counts = new Map<Nodes, number>();
  const order: (Element | Root)[] = [];
  const stack: (Element | Root)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    for (const child of node.children) if (child.type === "element") stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    let count = node.type === "element" && (node.tagName === "img" || node.tagName === "video") && !isDecoration(node) ? 1 : 0;
    for (const child of node.children) if (child.type === "element") count += counts.get(child) ?? 0;
    counts.set(node, count);
  }
  return counts;
};

const firstMedia = (element: Element): Element | null => {
  const stack: Element[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.tagName === "img" || node.tagName === "video") && !isDecoration(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      if (child.type === "element") stack.push(child);
    }
  }
  return null;
};

const widgetRuleOf = (classes: readonly string[]): CleanRuleId | null => {
  for (const name of classes) for (const [word, rule] of WIDGET_CLASS_WORDS) if (name.includes(word)) return rule;
  return null;
};

const roleOf = (element: Element, classes: readonly string[]): Role | null => {
  const tag = element.tagName;
  if (tag === "h1" || classes.some((name) => HEADLINE_CLASSES.has(name))) return "headline";
  if (tag === "time" || classes.some((name) => TIMESTAMP_CLASSES.has(name))) return "timestamp";
  if (classes.some((name) => AUTHOR_CLASSES.has(name))) return "author";
  if (classes.some((name) => LEAD_CLASSES.has(name))) return "lead";
  if (tag === "figcaption" || classes.some((name) => CAPTION_CLASSES.has(name))) return "caption";
  if (tag === "li") return "list-item";
  return null;
};

/** Walks the page once and returns its text blocks, media and removed widgets in order. */
const readItems = (root: Root): { items: Item[]; title: Run | null } => {
  const counts = countMedia(root);
  const items: Item[] = [];
  let title: Run | null = null;
  const roles: Role[] = [];
  let bold = 0;
  let parts: string[] = [];
  let boldLength = 0;
  let totalLength = 0;
  let runStart = -1;
  let runEnd = -1;
  let runRole: Role | null = null;

  const flush = () => {
    if (parts.length > 0) {
      const text = collapse(parts.join(""));
      if (text.length > 0) items.push({ kind: "run", text, start: runStart, end: runEnd, role: runRole, bold: boldLength > 0 && boldLength === totalLength });
    }
    parts = [];
    boldLength = 0;
    totalLength = 0;
    runStart = -1;
    runRole = null;
  };
  const drop = (rule: CleanRuleId, node: Element) => {
    const text = collapse(textOf(node));
    if (hasWordChar(text)) items.push({ kind: "dropped", rule, text, start: startOf(node), end: endOf(node) });
  };

  const stack: { node: Nodes; exit: boolean; role: boolean }[] = [{ node: root, exit: false, role: false }];
  while (stack.length > 0) {
    const { node, exit, role } = stack.pop()!;
    if (node.type === "text") {
      if (runStart < 0) {
        runStart = startOf(node);
        runRole = roles[roles.length - 1] ?? null;
      }
      runEnd = endOf(node);
      parts.push(node.value);
      const length = node.value.replace(SPACES, "").length;
      totalLength += length;
      if (bold > 0) boldLength += length;
      continue;
    }
    if (node.type !== "element" && node.type !== "root") continue;
    if (node.type === "root") {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false, role: false });
      continue;
    }
    const tag = node.tagName;
    if (exit) {
      if (tag === "strong" || tag === "b") bold--;
      if (BLOCK_TAGS.has(tag)) flush();
      if (role) roles.pop();
      continue;
    }
    if (tag === "title") {
      const text = collapse(textOf(node));
      if (text.length > 0) title = { kind: "run", text, start: startOf(node), end: endOf(node), role: "headline", bold: false };
      continue;
    }
    if (CODE_TAGS.has(tag)) {
      flush();
      drop("non-content-element", node);
      continue;
    }
    const classes = classesOf(node);
    const furniture = FURNITURE_TAGS.get(tag) ?? widgetRuleOf(classes);
    if (furniture) {
      flush();
      drop(furniture, node);
      continue;
    }
    const mediaCount = counts.get(node) ?? 0;
    if ((tag === "table" || tag === "figure" || tag === "img" || tag === "video") && mediaCount === 1) {
      flush();
      const media = firstMedia(node)!;
      const url = sourceOf(media);
      const caption = tag === "img" || tag === "video" ? "" : collapse(textOf(node));
      if (url) items.push({ kind: "media", type: mediaTypeOf(media, url), contentUrl: url, caption: caption.length > 0 ? caption : null, start: startOf(node), end: endOf(node) });
      else if (caption.length > 0) items.push({ kind: "run", text: caption, start: startOf(node), end: endOf(node), role: "caption", bold: false });
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    if (tag === "strong" || tag === "b") bold++;
    const own = roleOf(node, classes);
    if (own) roles.push(own);
    stack.push({ node, exit: true, role: own !== null });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false, role: false });
  }
  flush();
  return { items, title };
};

/** The page timestamp a text block is, when it is one: marked as such, or a date alone or with a view count. */
const timestampOf = (item: Run): PageTimestamp | null => {
  if (item.text.length > 160) return null;
  const stamp = parsePageTimestamp(item.text);
  if (!stamp) return null;
  const rest = item.text.slice(stamp.end);
  const restKey = keyOf(rest.trim());
  return item.role === "timestamp" || !hasWordChar(rest) || (restKey !== null && isViewCount(restKey)) ? stamp : null;
};

/**
 * Cleans an HTML article page (see `cleanArticle`): parses it with hast-util-from-html, walks
 * the tree once, reads headline, timestamp, byline, lead and captions from the elements that
 * carry them, removes code, furniture and widgets by element, then applies the line rules of
 * `cleanRules` to each text block.
 */
export const cleanHtml = (raw: string): CleanArticle => {
  const { items, title } = readItems(fromHtml(raw));
  const removed: RemovedBlock[] = [];
  const blocks: CleanBlock[] = [];
  let previousRule: CleanRuleId | null = null;
  const remove = (rule: CleanRuleId, item: { text: string; start: number; end: number }, group: boolean) => {
    blocks.push({ kind: "removed", text: item.text, start: item.start, end: item.end });
    const last = removed[removed.length - 1];
    if (group && last && previousRule === rule) {
      last.text += "\n" + item.text;
      last.end = item.end;
    } else removed.push({ rule, reason: cleanRules[rule].reason, text: item.text, start: item.start, end: item.end });
    previousRule = rule;
  };

  const keys = items.map((item) => (item.kind === "run" ? keyOf(item.text) : null));
  const cmsRun = new Array<number>(items.length + 1).fill(0);
  for (let i = items.length - 1; i >= 0; i--) cmsRun[i] = keys[i] !== null && isCmsLabel(keys[i]!) ? cmsRun[i + 1]! + 1 : 0;
  for (let i = 1; i < items.length; i++) if (cmsRun[i]! > 0 && cmsRun[i - 1]! > cmsRun[i]!) cmsRun[i] = cmsRun[i - 1]!;
  const marked = items.findIndex((item) => item.kind === "run" && item.role === "headline");

  let headline: string | null = null;
  let section: string | null = null;
  let timestamp: PageTimestampInfo | null = null;
  const pieces: BodyPiece[] = [];
  let inBody = false;
  let mode: Mode = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === "dropped") {
      remove(item.rule, item, true);
      continue;
    }
    if (item.kind === "media") {
      // A picture above the marked headline is the site's logo or banner.
      if (headline === null && marked > i) {
        remove("above-headline", { text: item.caption ?? item.contentUrl, start: item.start, end: item.end }, true);
        continue;
      }
      inBody ||= headline !== null;
      let caption = item.caption;
      // A placeholder in a figure's text is page code, not a caption: the picture stays, the placeholder is reported.
      if (caption !== null && isTemplateLine(caption)) {
        remove("template-placeholder", { text: caption, start: item.start, end: item.end }, false);
        caption = null;
      }
      pieces.push({ text: caption ?? item.contentUrl, start: item.start, end: item.end, media: { type: item.type, contentUrl: item.contentUrl, caption } });
      previousRule = null;
      continue;
    }
    // A template placeholder is page code whatever element holds it, a headline's included (`<h1>…<p>{{ x }}`).
    if ((item.role === "headline" || item.role === "timestamp") && isTemplateLine(item.text)) {
      remove("template-placeholder", item, false);
      continue;
    }
    if (item.role !== "headline" && item.role !== "timestamp") {
      const decided = removalOf({ text: item.text, key: keys[i]!, listItem: item.role === "list-item" }, mode, cmsRun[i]!);
      mode = decided.mode;
      if (decided.removal) {
        remove(decided.removal.rule, item, decided.removal.group);
        continue;
      }
    }
    const stamp = inBody ? null : timestampOf(item);
    const isSection = !inBody && section === null && keys[i] !== null && isSectionName(keys[i]!);
    if (!inBody && headline === null && marked > i && !stamp && !isSection) {
      remove("above-headline", item, true);
      continue;
    }
    previousRule = null;
    if (!inBody) {
      if (stamp) {
        const kind = headline === null ? "site-header" : "article";
        if (timestamp === null || (timestamp.kind === "site-header" && kind === "article")) timestamp = { text: stamp.text, value: stamp.value, kind };
        blocks.push({ kind: "timestamp", text: item.text, start: item.start, end: item.end });
        continue;
      }
      if (isSection) {
        section = item.text;
        blocks.push({ kind: "section", text: item.text, start: item.start, end: item.end });
        continue;
      }
      if (headline === null && (marked < 0 ? item.text.length <= 300 : i === marked)) {
        headline = item.text;
        blocks.push({ kind: "headline", text: item.text, start: item.start, end: item.end });
        continue;
      }
      inBody = true;
    }
    pieces.push({
      text: item.text,
      start: item.start,
      end: item.end,
      listItem: item.role === "list-item",
      caption: item.role === "caption",
      byline: item.role === "author",
      lead: item.role === "lead",
      bold: item.bold,
    });
  }
  if (headline === null && title !== null) {
    headline = title.text;
    blocks.push({ kind: "headline", text: title.text, start: title.start, end: title.end });
  }

  const roles = assignBodyRoles(pieces, headline, false);
  for (const block of roles.blocks) blocks.push(block);
  blocks.sort((a, b) => a.start - b.start);
  return {
    format: "html",
    headline,
    section,
    timestamp,
    lead: roles.lead,
    paragraphs: roles.paragraphs,
    body: roles.body,
    media: roles.media,
    byline: roles.byline,
    source: roles.source,
    blocks,
    removed,
  };
};
