export { findPlaces, type FindPlacesOptions } from "./find-places";
export { PLACE_TYPE_WORDS, type PlaceTypeWord } from "./place-types";
export { PROVINCES, type ProvinceRecord } from "./provinces";
export { resolveProvince } from "./resolve-province";
