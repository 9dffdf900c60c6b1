// The spellings of Hồ Chí Minh City that are a place only in some company, kept apart from the
// province table so that a finder that needs them alone (organizations) does not carry that table.

const HCM = "Thành phố Hồ Chí Minh";

/** Spellings that follow a city word only: bare `Hồ Chí Minh` is the person, bare `HCM` an abbreviation. */
export const CITY_ONLY_NAMES: ReadonlyMap<string, string> = new Map([
  ["Hồ Chí Minh", HCM],
  ["HCM", HCM],
]);

/** One-word spellings of Hồ Chí Minh City that need no type word. */
export const GLUED_NAMES: ReadonlyMap<string, string> = new Map([["TPHCM", HCM]]);
