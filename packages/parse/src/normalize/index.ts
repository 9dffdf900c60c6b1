export { normalize, normalizeWithOffsets, type NormalizeOptions, type NormalizedText } from "./normalize";
