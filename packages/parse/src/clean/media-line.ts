import { IMAGE_EXTENSIONS, VIDEO_EXTENSIONS } from "./media-extensions";

/** A line that names an embedded image or video file. */
export interface MediaLine {
  /** Image or video, from the file's extension. */
  type: "image" | "video";
  /** The file name or address as written (`TTTU-1.jpg`). */
  contentUrl: string;
}

// One file name or address, optionally after a label such as `Video:` or `Ảnh:`; no spaces inside.
const MEDIA_LINE = /^(?:[\p{L} ]{1,12}:\s*)?(\S{1,400}?\.([A-Za-z0-9]{2,5}))$/u;

/**
 * Reads a line that is only a media file name, as plain-text dumps leave them in place of the
 * picture or player: `TTTU-1.jpg`, `Video: Trien_khai_nhiem_vu.mp4`. Returns null for any
 * other line.
 *
 * @example
 * ```ts
 * import { mediaFileOf } from "@vnpol/parse";
 * mediaFileOf("Video: Trien_khai_nhiem_vu_2022.mp4");
 * // { type: "video", contentUrl: "Trien_khai_nhiem_vu_2022.mp4" }
 * mediaFileOf("TTTU-1.jpg"); // { type: "image", contentUrl: "TTTU-1.jpg" }
 * mediaFileOf("Điểm cầu Bình Dương"); // null
 * ```
 */
export const mediaFileOf = (line: string): MediaLine | null => {
  if (typeof line !== "string" || line.length > 440) return null;
  // Cheap reject: a file name ends with a dot and a short extension.
  const dot = line.lastIndexOf(".");
  if (dot < 0 || line.trimEnd().length - dot > 6) return null;
  const match = MEDIA_LINE.exec(line.trim());
  if (!match) return null;
  const extension = match[2]!.toLowerCase();
  if (VIDEO_EXTENSIONS.has(extension)) return { type: "video", contentUrl: match[1]! };
  if (IMAGE_EXTENSIONS.has(extension)) return { type: "image", contentUrl: match[1]! };
  return null;
};
