import type { Level } from "@vnpol/schema";
import { buildLexicon } from "../organizations/lexicon";
import type { Token } from "../organizations/tokenize";
import { NAMED_AFTER_WORDS, NOT_CURRENT_BEFORE, SCHOOL_HEADS, SPEECH_VERBS } from "./context-words";
import { LIST_TRIGGERS, TRIGGERS } from "./forms-of-address";
import { NON_POST_TITLES } from "./non-post-titles";
import { FORMER_MARKERS, ROLE_PREFIXES, ROLE_SUFFIXES, ROLES, type RoleRule } from "./roles";

/** Role words compiled once: every role and alias. */
// A role with a body of its own (`TUV` → Ủy viên of Tỉnh ủy) is keyed by its aliases only, when
// the bare role word belongs to the rule that reads the body from the text (`Ủy viên` + body).
const OPEN_ROLES = new Set(ROLES.filter((rule) => rule.body === undefined).map((rule) => rule.role));
export const ROLE_LEXICON = buildLexicon<RoleRule>(
  ROLES.flatMap((rule) => [...(rule.body !== undefined && OPEN_ROLES.has(rule.role) ? [] : [rule.role]), ...rule.aliases].map((p) => [p, rule] as const)),
);
const PREFIX_LEXICON = buildLexicon(ROLE_PREFIXES);
const SUFFIX_LEXICON = buildLexicon(ROLE_SUFFIXES);
/** `nguyên`, `cố`. */
export const FORMER_LEXICON = buildLexicon(FORMER_MARKERS.map((w) => [w, true] as const));
/** Whether a rank or title is written as an abbreviation (`TS`, `ThS`, `GS.TS`): one word with two capitals or more. */
const isAbbreviation = (title: string): boolean => !title.includes(" ") && (title.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
/** Ranks and academic titles; an abbreviation with an optional dot (`TS.`), never a word (`nhà báo.` ends a sentence). */
export const NON_POST_LEXICON = buildLexicon(NON_POST_TITLES.flatMap((w) => (isAbbreviation(w) ? [[w, true] as const, [`${w}.`, true] as const] : [[w, true] as const])));
/** Forms of address. */
export const TRIGGER_LEXICON = buildLexicon(TRIGGERS.map((w) => [w, true] as const));
/** Plural forms of address that head a list. */
export const LIST_TRIGGER_LEXICON = buildLexicon(LIST_TRIGGERS.map((w) => [w, true] as const));
/** Words that make the title after them not a current post. */
export const NOT_CURRENT_LEXICON = buildLexicon(NOT_CURRENT_BEFORE.map((w) => [w, true] as const));
/** {@link SPEECH_VERBS} as a lexicon. */
export const SPEECH_VERB_LEXICON = buildLexicon(SPEECH_VERBS.map((w) => [w, true] as const));
/** {@link NAMED_AFTER_WORDS} as a lexicon. */
export const NAMED_AFTER_LEXICON = buildLexicon(NAMED_AFTER_WORDS.map((w) => [w, true] as const));
/** {@link SCHOOL_HEADS} as a lexicon. */
export const SCHOOL_HEADS_LEXICON = buildLexicon(SCHOOL_HEADS.map((w) => [w, true] as const));

/** Lower-cased words that may open a title: a rank, `nguyên`, a prefix or a role word; a title starts at no other token. */
export const TITLE_OPENERS: ReadonlySet<string> = new Set(
  [NON_POST_LEXICON, FORMER_LEXICON, PREFIX_LEXICON, ROLE_LEXICON].flatMap((lexicon) => lexicon.phrases.map((phrase) => phrase[0]!)),
);

/** Every word of the role, rank, former-marker and form-of-address lexicons (what a read may take besides names and bodies). */
export const ROLE_PHRASE_WORDS: ReadonlySet<string> = new Set(
  [ROLE_LEXICON, PREFIX_LEXICON, SUFFIX_LEXICON, FORMER_LEXICON, NON_POST_LEXICON, TRIGGER_LEXICON, LIST_TRIGGER_LEXICON].flatMap((lexicon) => [...lexicon.words]),
);

/** A role read from tokens: its words with modifiers, and where its body starts. */
export interface RolePhrase {
  readonly start: number;
  /** Index just past the role words (and suffix modifiers). */
  readonly end: number;
  readonly role: string;
  /** Index where the body is read (before `end` when the role's last word begins the body). */
  readonly bodyAt: number;
  readonly rule: RoleRule;
  /** The body named by the role itself, if any. */
  readonly body?: { readonly name: string | null; readonly level: Level | null };
}

/**
 * Reads a role at token `at`: prefixes (`Phó`, `Quyền`), the role word (`Chủ tịch`, `UVTV`),
 * then suffixes (`Thường trực`, `dự khuyết`). Null when no role starts there.
 *
 * @internal
 * @example
 * ```ts
 * import { tokenize } from "../organizations/tokenize";
 * import { matchRolePhrase } from "./role-phrase";
 * matchRolePhrase(tokenize("Phó Bí thư thường trực Tỉnh ủy"), 0)?.role; // "Phó Bí thư Thường trực"
 * ```
 */
export const matchRolePhrase = (tokens: readonly Token[], at: number): RolePhrase | null => {
  let i = at;
  const prefixes: string[] = [];
  for (let k = 0; k < 2; k++) {
    const prefix = PREFIX_LEXICON.match(tokens, i);
    if (prefix === null) break;
    prefixes.push(prefix.value);
    i = prefix.end;
  }
  let head = ROLE_LEXICON.match(tokens, i);
  // "Phó phòng": a role whose own spelling opens with a prefix word.
  if (head === null && i > at) {
    head = ROLE_LEXICON.match(tokens, at);
    prefixes.length = 0;
  }
  if (head === null) return null;
  const rule = head.value;
  let role = [...prefixes, rule.role].join(" ");
  let end = head.end;
  // The suffix goes on the role unless it begins a body (`Thường trực HĐND` after a role is the role's modifier anyway).
  for (let k = 0; k < 2; k++) {
    const suffix = SUFFIX_LEXICON.match(tokens, end);
    if (suffix === null) break;
    role = `${role} ${suffix.value}`;
    end = suffix.end;
  }
  // "Trưởng phòng Phòng Thanh tra": the head word written again begins the body itself.
  const repeated = tokens[end]?.lower === tokens[head.end - 1]?.lower;
  const overlap = repeated ? 0 : (rule.overlap ?? 0);
  const bodyAt = end === head.end ? head.end - overlap : end;
  return { start: at, end, role, bodyAt, rule, ...(rule.body === undefined ? {} : { body: rule.body }) };
};
