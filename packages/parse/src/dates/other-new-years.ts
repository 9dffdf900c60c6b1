/**
 * Words that make `Tết cổ truyền` (the traditional new year) another people's new year, not the
 * lunar Tết Nguyên đán: the Khmer Chôl Chnăm Thmây and the Lao Bunpimay (both in mid-April),
 * the Thai Songkran, and the people named beside it (`đồng bào Khmer đón Tết cổ truyền`,
 * `tết cổ truyền của người Khơme`). Source: the festivals as Vietnam's press and the Ủy ban Dân
 * tộc name them; each is checked on the corpus.
 */
export const OTHER_NEW_YEARS = {
  /** Right after the words of Tết. */
  after: ["Chol Chnăm Thmây", "Chôl Chnăm Thmây", "Chol Chnam Thmay", "Bunpimay", "Bun Pi May", "Songkran", "của người Khmer", "của người Khơ-me", "của người Khơme", "của đồng bào Khmer", "của người Lào", "của người Thái"],
  /** In the words just before it. */
  before: ["Khmer", "Khơ-me", "Khơme"],
} as const;

// How far before the words of Tết the people may be named: `người dân tộc Khmer vui `.
const BEFORE_SPAN = 24;

/** Whether the Tết read from `start` to `end` of `text` is another people's new year by {@link OTHER_NEW_YEARS}. */
export const isOtherPeoplesNewYear = (text: string, start: number, end: number): boolean => {
  const after = text.slice(end, end + 24).replace(/^[ (]+/u, "");
  if (OTHER_NEW_YEARS.after.some((cue) => after.startsWith(cue))) return true;
  const before = text.slice(Math.max(0, start - BEFORE_SPAN), start);
  return OTHER_NEW_YEARS.before.some((cue) => before.includes(cue));
};
