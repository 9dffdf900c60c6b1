import { describe, expect, it } from "vitest";
import { mediaFileOf } from "./media-line";

describe("mediaFileOf", () => {
  it.each([
    ["Video: Trien_khai_nhiem_vu_trong_tam_cua_Khoi_Dan_Van_tinh_2022.mp4", { type: "video", contentUrl: "Trien_khai_nhiem_vu_trong_tam_cua_Khoi_Dan_Van_tinh_2022.mp4" }],
    ["TTTU-1.jpg", { type: "image", contentUrl: "TTTU-1.jpg" }],
    ["  anh-hoi-nghi.JPEG ", { type: "image", contentUrl: "anh-hoi-nghi.JPEG" }],
    ["Ảnh: http://example.vn/a/b.png", { type: "image", contentUrl: "http://example.vn/a/b.png" }],
  ])("%s", (line, expected) => {
    expect(mediaFileOf(line)).toEqual(expected);
  });

  it.each(["Điểm cầu Bình Dương", "Xem tại nld.com.vn", "Tin: Đào Quyên", "báo cáo.docx", "TTTU-1.jpg và TTTU-2.jpg", ""])("%s → null", (line) => {
    expect(mediaFileOf(line)).toBeNull();
  });
});
