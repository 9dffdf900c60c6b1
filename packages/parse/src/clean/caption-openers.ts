/**
 * First words of photo captions on Vietnamese news and Party portals, lower-cased and normalised:
 * a one-sentence line that starts so and sits between paragraphs is a caption even with a final
 * period (`Các đồng chí: … dự hội nghị.`). Source: the caption conventions of these sites
 * (who is in the picture, or what it shows: "Quang cảnh hội nghị", "Đại biểu dự …").
 */
export const CAPTION_OPENERS: readonly string[] = [
  "đồng chí",
  "các đồng chí",
  "đại biểu",
  "các đại biểu",
  "quang cảnh",
  "toàn cảnh",
  "lãnh đạo",
  "ảnh",
  "ảnh minh họa",
  "trao tặng",
  "trao",
  "điểm cầu",
];

/**
 * Verbs of what a photo shows (people speaking, attending, awarding, visiting), lower-cased and
 * normalised, matched as whole phrases (never a bare `dự` or `tiếp`: `dự án`, `tiếp tục`): a short line between paragraphs that has one describes a
 * picture (`Đồng chí … phát biểu`, `Các đại biểu dự Hội nghị`); a subheading rarely has one.
 * Source: the caption conventions of Vietnamese Party portals and news sites.
 */
export const CAPTION_VERBS: readonly string[] = [
  "phát biểu",
  "dự hội nghị",
  "dự hội thảo",
  "dự lễ",
  "dự buổi",
  "dự đại hội",
  "dự kỳ họp",
  "trao tặng",
  "trao quà",
  "trao giấy khen",
  "trao bằng khen",
  "trao quyết định",
  "tặng quà",
  "tặng hoa",
  "thăm hỏi",
  "chụp ảnh lưu niệm",
  "chúc mừng",
  "chủ trì",
  "dâng hương",
  "cắt băng",
];
