import type { Credit } from "@vnpol/schema";

/**
 * Byline labels of Vietnamese news and what the credited person did, lower-cased and
 * normalised. `Tin: Đào Quyên` credits the report (text), `Ảnh: Thành Tâm` the photos.
 * Source: the credit conventions of Vietnamese newspapers and Party portals (Tin/Bài = text,
 * Ảnh/Hình = photo, Video/Clip = video; combined labels credit both).
 */
export const CREDIT_ROLES: ReadonlyMap<string, readonly Credit["role"][]> = new Map<string, readonly Credit["role"][]>([
  ["tin", ["text"]],
  ["bài", ["text"]],
  ["bài viết", ["text"]],
  ["pv", ["text"]],
  ["phóng viên", ["text"]],
  ["nhóm pv", ["text"]],
  ["tác giả", ["author"]],
  ["thực hiện", ["author"]],
  ["ảnh", ["photo"]],
  ["hình", ["photo"]],
  ["hình ảnh", ["photo"]],
  ["video", ["video"]],
  ["clip", ["video"]],
  ["tin, ảnh", ["text", "photo"]],
  ["tin và ảnh", ["text", "photo"]],
  ["tin - ảnh", ["text", "photo"]],
  ["tin/ảnh", ["text", "photo"]],
  ["bài, ảnh", ["text", "photo"]],
  ["bài và ảnh", ["text", "photo"]],
  ["bài - ảnh", ["text", "photo"]],
  ["bài/ảnh", ["text", "photo"]],
]);

/** Words after a name that credit the whole piece (`Tô Hà thực hiện`: an interview conducted by). */
export const AUTHOR_SUFFIXES: readonly string[] = ["thực hiện", "(thực hiện)", "ghi", "ghi chép", "lược dịch", "tổng hợp"];

/** Words before a publication a piece was republished from (`Theo TGPN`). */
export const SOURCE_PREFIXES: readonly string[] = ["theo", "nguồn:", "nguồn"];
