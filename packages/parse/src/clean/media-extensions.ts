/**
 * File extensions of images and videos, lower-case, as pages name embedded media
 * (`TTTU-1.jpg`, `Trien_khai….mp4`). Source: the IANA media types registry's common image/* and
 * video/* file extensions.
 */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(["jpg", "jpeg", "png", "gif", "webp", "bmp", "svg", "tif", "tiff", "avif", "heic"]);

/** Video file extensions (see {@link IMAGE_EXTENSIONS}). */
export const VIDEO_EXTENSIONS: ReadonlySet<string> = new Set(["mp4", "m4v", "mov", "avi", "wmv", "flv", "webm", "mkv", "3gp", "mpg", "mpeg"]);
