import { SENTENCE_WORDS } from "../officials/context-words";

/**
 * Capitalised words that open a sentence and never a place's name, so that the full stop of
 * `UBND TP. Theo đó` or `Sở GD-ĐT TP. Tại buổi làm việc` is read as one, not as the dot of
 * `TP. Hồ Chí Minh`. The sentence words of officials (which are never names), and words that
 * are given names but no place's (`Tại`, `Qua`). Words that open places are left out on
 * purpose: `Từ` (Từ Sơn), `Tuy` (Tuy Hòa). Source: the usage of the press, checked on the corpus.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([...SENTENCE_WORDS, "Tại", "Qua", "Việc", "Hiện", "Còn", "Do"]);
