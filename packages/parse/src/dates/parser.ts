import type { Piece } from "./piece";

/** One form of date expression: where it can start, and how to read it at a position. */
export interface DateParser {
  /** Name for debugging and reports. */
  readonly name: string;
  /** Lower-case first words the form can start with (`DIGIT` for a number); the scanner tries it only there. */
  readonly anchors: readonly string[];
  /** The form starting exactly at `at` in normalised text, or null. */
  readonly read: (text: string, at: number) => Piece | null;
}

/** The anchor of every form that starts with a number. */
export const DIGIT = "#";
