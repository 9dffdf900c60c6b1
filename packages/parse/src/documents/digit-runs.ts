// A run of ASCII digits. Global only to walk the text: lastIndex is reset before every walk,
// so nothing carries over between calls. One regex pass is several times faster than a charCodeAt loop.
const DIGITS = /[0-9]+/g;

/**
 * The start offsets of the runs of ASCII digits of `text`, in order: numbers are the cheap anchors
 * every document reference has, so the scans visit them instead of every character.
 *
 * @example
 * ```ts
 * import { digitRunStarts } from "./digit-runs";
 * digitRunStarts("Nghị quyết số 09-NQ/TW ngày 24/6/2022"); // [14, 28, 31, 33]
 * ```
 */
export const digitRunStarts = (text: string): number[] => {
  const starts: number[] = [];
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match !== null; match = DIGITS.exec(text)) starts.push(match.index);
  return starts;
};

/**
 * The offset of the first digit of `text` at or after `from`, given its `starts` from
 * {@link digitRunStarts}; -1 when there is none. `cursor.run` is where the last lookup left off in
 * `starts`, so lookups that go forwards cost nothing more than one walk over them.
 *
 * @example
 * ```ts
 * import { digitRunStarts, nextDigitFrom } from "./digit-runs";
 * const text = "số 09 và 124";
 * const cursor = { run: 0 };
 * const starts = digitRunStarts(text);
 * nextDigitFrom(text, starts, cursor, 0);  // 3
 * nextDigitFrom(text, starts, cursor, 4);  // 4 (inside the run "09")
 * nextDigitFrom(text, starts, cursor, 5);  // 9
 * nextDigitFrom(text, starts, cursor, 12); // -1
 * ```
 */
export const nextDigitFrom = (text: string, starts: readonly number[], cursor: { run: number }, from: number): number => {
  const code = text.charCodeAt(from);
  if (code >= 0x30 && code <= 0x39) return from;
  while (cursor.run < starts.length && starts[cursor.run]! < from) cursor.run++;
  return cursor.run < starts.length ? starts[cursor.run]! : -1;
};
