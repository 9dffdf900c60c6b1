import type { OfficialMention, Position } from "@vnpol/schema";
import { normalizeWithOffsets, type NormalizedText } from "../normalize";
import { anchorFinder } from "../organizations/anchor-words";
import { matchBodyPhrase } from "../organizations/body-phrase";
import type { Lexicon } from "../organizations/lexicon";
import { postingEndAt } from "../organizations/countries";
import { isInert, scanNearAnchors } from "../organizations/anchored-scan";
import type { Token } from "../organizations/tokenize";
import type { WordList } from "../places/word-list";
import { delegationAfterName, deputyAfterName, deputyContextOf, deputyWordEnd, listedDeputiesAfter, NATIONAL_ASSEMBLY_DEPUTY, readDeputyAt, type DeputyContext } from "./deputy";
import { isFamilyNameLower } from "./family-name";
import { STANDING_NAMES, VENUES_BEFORE_ROLE } from "./context-words";
import { isNameWord, matchCapitalsName, matchForeignName, matchPersonName } from "./person-name";
import { LIST_TRIGGER_LEXICON, NAMED_AFTER_LEXICON, SCHOOL_HEADS_LEXICON, NON_POST_LEXICON, NOT_CURRENT_LEXICON, ROLE_LEXICON, SPEECH_VERB_LEXICON, TITLE_OPENERS, TRIGGER_LEXICON } from "./role-phrase";
import { countryOfAt, inCountry, matchTitlePhrase, TITLE_PHRASE_WORDS, type TitlePhrase } from "./title-phrase";

/** A mention before offsets are mapped: token range, name and posts. */
interface Found {
  readonly from: number;
  readonly to: number;
  readonly person: string | null;
  readonly former: boolean;
  readonly positions: Position[];
}

interface Read {
  readonly found: Found[];
  /** Token index to go on from (always past the start). */
  readonly end: number;
}

const SENTENCE_OPENERS = new Set([".", "!", "?", ":", ";", '"', "“", "”", "(", "-", "–", "—", "…", "'", "•"]);
const MAX_LIST_ITEMS = 40;
/** Lower-cased words at which a list, a form of address or a title may start; every read but a name-first one needs one. */
const READ_OPENERS: ReadonlySet<string> = new Set([...TITLE_OPENERS, ...[TRIGGER_LEXICON, LIST_TRIGGER_LEXICON].flatMap((lexicon) => lexicon.phrases.map((phrase) => phrase[0]!))]);
/**
 * Finds role words, in any case: every mention holds one (a name with no post is not a
 * mention). The anchors of {@link findOfficialsIn}'s scan, which `extract` shares.
 *
 * @internal
 * @example
 * ```ts
 * import { ROLE_ANCHORS } from "./find-officials";
 * ROLE_ANCHORS("Ông là bí thư chi bộ", 0); // 7
 * ```
 */
export const ROLE_ANCHORS = anchorFinder([ROLE_LEXICON], false);
const nextRole = ROLE_ANCHORS;

/** Reads the text of tokens [from, to) from the normalised text. */
const textOf = (tokens: readonly Token[], source: string, from: number, to: number) => source.slice(tokens[from]!.start, tokens[to - 1]!.end);

const atSentenceStart = (tokens: readonly Token[], at: number): boolean => {
  const previous = tokens[at - 1];
  return previous === undefined || tokens[at]!.lineBefore || SENTENCE_OPENERS.has(previous.text);
};

/**
 * Whether a title at `at` opens a clause, at a sentence's start, after a comma, or after `do`
 * that opens the clause of its agent (`Bức thư do Thứ trưởng Bộ VHTT, ông Trần Chiến Thắng, …`):
 * then what sets a name apart after it is that name's.
 */
const opensClauseAt = (tokens: readonly Token[], at: number): boolean => atSentenceStart(tokens, at) || tokens[at - 1]?.text === "," || tokens[at - 1]?.lower === "do";

/** Whether a phrase of one or two words of `lexicon` ends right before `at`, on the same line. */
const phraseEndsAt = (lexicon: Lexicon<true>, tokens: readonly Token[], at: number): boolean => {
  if (tokens[at]?.lineBefore) return false;
  for (const back of [1, 2]) {
    const hit = at - back >= 0 ? lexicon.match(tokens, at - back) : null;
    if (hit !== null && hit.end === at) return true;
  }
  return false;
};

/** Whether a word of {@link NAMED_AFTER_LEXICON} stands right before `at` (`bệnh viện Bạch Mai`): the run there names what it heads. */
const namedAfterBefore = (tokens: readonly Token[], at: number): boolean => phraseEndsAt(NAMED_AFTER_LEXICON, tokens, at);

/** Whether the words before `at` make a title there a post someone is elected to, not holds (`được bầu làm`); never across a line break (a headline ending `hoàn thành`). */
const notCurrentBefore = (tokens: readonly Token[], at: number): boolean => phraseEndsAt(NOT_CURRENT_LEXICON, tokens, at);

const skipNonPost = (tokens: readonly Token[], at: number): number => {
  const hit = NON_POST_LEXICON.match(tokens, at);
  if (hit === null) return at;
  return tokens[hit.end]?.text === "," ? hit.end + 1 : hit.end;
};

/**
 * The title written after a name: `, T`, ` - T` or ` (T)`. Returns the title and the index
 * just past it (past the closing parenthesis), or null.
 */
// National offices that one person holds at a time, written bare: after `Name, ` and before a
// verb they are the subject of a new clause, not the name's title (`Theo ông Quốc, Thủ tướng
// nhận định`, `Tại cuộc gặp tỉnh trưởng Hoàng Hoa Hoa, Chủ tịch nước chúc mừng`). All 17 such
// commas in the corpus open a clause; an appositive names its body or closes with a comma.
const CLAUSE_SUBJECT_TITLES: ReadonlySet<string> = new Set(["thủ tướng", "phó thủ tướng", "chủ tịch nước", "tổng bí thư", "chủ tịch quốc hội"]);

/** Whether the title from `comma + 1` to `end` is a bare national office followed by a lower-case word: a new clause's subject. */
const opensClause = (tokens: readonly Token[], comma: number, end: number): boolean => {
  if (tokens[comma]?.text !== ",") return false;
  const next = tokens[end];
  if (next === undefined || !next.word || next.capital) return false;
  const words = tokens.slice(comma + 1, end).map((t) => t.lower).join(" ");
  return CLAUSE_SUBJECT_TITLES.has(words);
};

/** How many tokens an apposition after a name may hold before the mark that closes it. */
const MAX_APPOSITION = 24;

/**
 * The token that closes the apposition opened by the dash or bracket at `at` (`A - title -`,
 * `A (title)`), on the same line and within {@link MAX_APPOSITION} tokens; undefined otherwise.
 */
const appositionCloseAt = (tokens: readonly Token[], at: number): number | undefined => {
  const open = tokens[at]!.text;
  if (open !== "(" && open !== "-" && open !== "–") return undefined;
  for (let k = at + 1; k < at + MAX_APPOSITION && k < tokens.length && !tokens[k]!.lineBefore; k++) {
    const text = tokens[k]!.text;
    if (open === "(" ? text === ")" : (text === "-" || text === "–") && tokens[k]!.spaceBefore) return k;
    if (text === "(" || text === ")") return undefined;
  }
  return undefined;
};

/** The most tokens of an aside in brackets between a name and its title. */
const MAX_ASIDE = 8;

/**
 * A title after a name, read past an aside in brackets between them that holds no title
 * (`Hầu A Lềnh (dân tộc Mông), phó bí thư huyện ủy`, `Mai Văn Hải (Sinh năm 1973), Ủy viên …`):
 * the aside is the person's, and the comma after it opens the title.
 */
const titleAfterAside = (tokens: readonly Token[], at: number, source: string): { title: TitlePhrase; end: number } | null => {
  const direct = titleAfterName(tokens, at, source);
  if (direct !== null || tokens[at]?.text !== "(" || tokens[at]!.lineBefore) return direct;
  let inert = 0;
  for (let k = at + 1; k <= at + MAX_ASIDE && k < tokens.length && !tokens[k]!.lineBefore; k++) {
    const token = tokens[k]!;
    if (token.text === "(") return null;
    if (token.text === ")") return tokens[k + 1]?.text === "," ? titleAfterName(tokens, k + 1, source) : null;
    // Never across two words in a row that no lexicon holds, as no read does (see anchored-scan.ts): `(người dân)` is no aside.
    inert = isInert(token, TITLE_PHRASE_WORDS) ? inert + 1 : 0;
    if (inert === 2) return null;
  }
  return null;
};

const titleAfterName = (tokens: readonly Token[], at: number, source: string): { title: TitlePhrase; end: number } | null => {
  const mark = tokens[at]?.text;
  if (mark !== "," && mark !== "-" && mark !== "–" && mark !== "(") return null;
  if (tokens[at]!.lineBefore) return null; // a list item on the next line is someone else's title
  const title = matchTitlePhrase(tokens, skipNonPost(tokens, at + 1), source, { afterName: true, closeAt: appositionCloseAt(tokens, at) });
  if (title === null || opensClause(tokens, at, title.end)) return null;
  if (mark !== "(") return { title, end: title.end };
  return tokens[title.end]?.text === ")" ? { title, end: title.end + 1 } : null;
};

/** `Các đồng chí: A, T1; B, T2` and `Các đồng chí Ủy viên Bộ Chính trị: A, B`. */
const readList = (tokens: readonly Token[], at: number, source: string): Read | null => {
  const head = LIST_TRIGGER_LEXICON.match(tokens, at);
  // "các Phó Chủ tịch UBND TP: Nguyễn Văn Đua, Nguyễn Thành Tài": a plural title before a colon heads a list as well.
  const plural = head === null && tokens[at]?.lower === "các";
  if (head === null && !plural) return null;
  const headEnd = head?.end ?? at + 1;
  let j = headEnd;
  const shared = matchTitlePhrase(tokens, j, source, { afterName: false });
  if (shared !== null) j = shared.end;
  const colon = tokens[j]?.text === ":";
  if (plural && (shared === null || !colon)) return null;
  if (colon) j++;
  else if (shared !== null) return { found: [], end: j }; // "các đồng chí Ủy viên Bộ Chính trị" with no names: a kind, not people
  const found: Found[] = [];
  while (found.length < MAX_LIST_ITEMS) {
    const nameEnd = matchPersonName(tokens, j, { strict: plural });
    if (nameEnd < 0) break;
    const own = titleAfterName(tokens, nameEnd, source);
    const positions = [...(shared?.positions ?? []), ...(own?.title.positions ?? [])];
    const end = own?.end ?? nameEnd;
    if (positions.length > 0) {
      found.push({ from: j, to: end, person: textOf(tokens, source, j, nameEnd), former: (shared ?? own?.title)?.former ?? false, positions });
    }
    const separator = tokens[end]?.text;
    if (separator === ";" || separator === ",") j = end + 1;
    else if (tokens[end]?.lower === "và") j = end + 1;
    else {
      j = end;
      break;
    }
  }
  return { found, end: Math.max(j, headEnd) };
};

/**
 * After a title that ends at `end`, a comma and a form of address before the name (`Chủ tịch UBND
 * tỉnh Quảng Trị, ông Lê Hữu Phúc`): where the name may start, or -1. The title must open a
 * clause, at a sentence's start or after a comma; after any other word it is someone else's
 * (`Theo tờ trình của Thủ tướng, ông A`, `Thay mặt Đoàn Chủ tịch, ông B`, `Sau khi gặp Bộ
 * trưởng, ông C`).
 */
const appositiveAddressAt = (tokens: readonly Token[], at: number, end: number): number => {
  if (tokens[end]?.text !== "," || tokens[end + 1]?.lineBefore) return -1;
  const address = TRIGGER_LEXICON.match(tokens, end + 1);
  if (address === null) return -1;
  return opensClauseAt(tokens, at) ? address.end : -1;
};

/**
 * After a title that ends at `end`, a dash before the name, with or without a form of address
 * (`Chủ tịch UBND tỉnh Hưng Yên - Đỗ Quốc Văn`, `Cục trưởng Cục Đầu tư nước ngoài - ông Phan
 * Hữu Thắng`): where the name may start, or -1. As with {@link appositiveAddressAt}, the title
 * must open a clause; the name is then read strictly (a family name first), so that a
 * place joined by a dash (`Quảng Nam - Đà Nẵng`) is never a name.
 */
const dashBeforeNameAt = (tokens: readonly Token[], at: number, end: number): number => {
  const dash = tokens[end]?.text;
  if ((dash !== "-" && dash !== "–") || tokens[end + 1]?.lineBefore) return -1;
  if (!opensClauseAt(tokens, at)) return -1;
  return TRIGGER_LEXICON.match(tokens, end + 1)?.end ?? end + 1;
};

/**
 * Whether a person's name follows the title that ends at `end`, directly or after the
 * countries of an embassy (`Việt Nam tại Trung Quốc`): the title is then that person's, the
 * next item of a list (`Bộ trưởng Ngoại giao Nguyễn Dy Niên, Đại sứ Việt Nam tại Trung Quốc
 * Trần Văn Luật`), not more of the name before it.
 */
const nameAfterTitle = (tokens: readonly Token[], end: number, foreign: boolean): boolean => {
  const k = postingEndAt(tokens, end);
  return tokens[k]?.lower !== "tại" && !tokens[k]?.lineBefore && holderNameAt(tokens, k, true, foreign) > k;
};

/**
 * The end of the name of a title's holder at `at`, or -1: read strictly (a family name first)
 * when `strict`, but for a foreign post's holder, whose name need not be Vietnamese
 * (`Thủ tướng Vương quốc Bỉ Guy Verhofstadt`, {@link matchForeignName}).
 */
const holderNameAt = (tokens: readonly Token[], at: number, strict: boolean, foreign: boolean): number => {
  const end = matchPersonName(tokens, at, { strict });
  return end < 0 && strict && foreign ? matchForeignName(tokens, at) : end;
};

/**
 * Whether the next item of a list starts after the comma at `at`: a form of address (`, ông B`),
 * or a title whose holder's name follows it (`Chủ tịch nước Việt Nam Trần Đức Lương, Tổng Bí thư
 * Đảng Cộng sản Trung Quốc, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Hồ Cẩm Đào`: the title
 * after the first name stopped before the post that a name follows, and all of it is that name's).
 */
const nextItemAfter = (tokens: readonly Token[], at: number, source: string): boolean => {
  if (tokens[at]?.text !== "," || tokens[at + 1]?.lineBefore) return false;
  if (TRIGGER_LEXICON.match(tokens, at + 1) !== null) return true;
  const title = matchTitlePhrase(tokens, at + 1, source, { afterName: false });
  return title !== null && nameAfterTitle(tokens, title.end, title.foreign);
};

/** How far on a form of address may stand whose name a title set apart after another name belongs to (see {@link addressedAhead}). */
const ADDRESS_LOOKAHEAD = 24;

/**
 * Whether a comma and a form of address stand within {@link ADDRESS_LOOKAHEAD} tokens of `at`
 * in the same sentence (`Thứ trưởng Bộ VHTT, ông A, Phó Chủ tịch … (BSA), ông B`): the title
 * between is the next person's, named after it, as this one's was written before this name.
 */
const addressedAhead = (tokens: readonly Token[], at: number): boolean => {
  for (let k = at; k < at + ADDRESS_LOOKAHEAD && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lineBefore || t.text === "." || t.text === ";") return false;
    if (t.text === "," && TRIGGER_LEXICON.match(tokens, k + 1) !== null) return true;
  }
  return false;
};

/**
 * After a title that ends at `end`, the body it belongs to in brackets (`Cục trưởng Cục Đầu tư
 * nước ngoài (Bộ KH-ĐT) Phan Hữu Thắng`): the token after the closing bracket, or -1. The name
 * after it is then read strictly (a family name first).
 */
const bracketedBodyEnd = (tokens: readonly Token[], end: number, source: string): number => {
  if (tokens[end]?.text !== "(") return -1;
  const body = matchBodyPhrase(tokens, end + 1, source);
  return body !== null && tokens[body.end]?.text === ")" ? body.end + 1 : -1;
};

/**
 * After a title that ends at `end`, the body it belongs to, with or without a comma before it, when
 * a name opening with a family name follows (`Chủ nhiệm Tổng cục Chính trị, Bộ Quốc phòng Lê Văn
 * Dũng`, `Vụ trưởng Vụ Pháp chế Bộ Tư pháp Nguyễn Văn An`): the token after that body, or -1.
 */
const parentBodyEnd = (tokens: readonly Token[], end: number, source: string): number => {
  const at = tokens[end]?.text === "," && !tokens[end + 1]?.lineBefore ? end + 1 : end;
  const body = matchBodyPhrase(tokens, at, source);
  if (body === null || tokens[body.end]?.lineBefore === true) return -1;
  return matchPersonName(tokens, body.end, { strict: true }) > body.end ? body.end : -1;
};

/** What may follow a name set apart by commas: the closing comma, the end of a sentence or of a line, or a verb of saying (`, Nguyễn Văn Diên cho biết`). */
const closesApposition = (tokens: readonly Token[], at: number): boolean => {
  const next = tokens[at];
  return next === undefined || next.lineBefore || next.text === "," || next.text === "." || next.text === ":" || SPEECH_VERB_LEXICON.match(tokens, at) !== null;
};

/**
 * After a title that ends at `end`, a comma before a bare name set apart as an apposition
 * (`Chủ tịch UBND quận Tân Phú, Đổng Thị Kim Vui, cho biết`): where the name may start, or -1.
 * The title must open a clause; {@link readTitleFirst} then reads the name strictly (a family
 * name first) and keeps it only when it closes the apposition (a comma, or the end of the
 * sentence or line) and no title follows it (`Bí thư Tỉnh ủy, Nguyễn Văn A, Chủ tịch UBND tỉnh`
 * pairs names and titles the other way).
 */
const commaBeforeNameAt = (tokens: readonly Token[], at: number, end: number): number =>
  tokens[end]?.text === "," && !tokens[end + 1]?.lineBefore && opensClauseAt(tokens, at) ? end + 1 : -1;

/**
 * A title written before a name (`Chủ tịch UBND tỉnh Nguyễn Văn A`, or set apart by a comma and a
 * form of address: `Chủ tịch UBND tỉnh, ông Nguyễn Văn A`, or by a dash: `Chủ tịch UBND tỉnh -
 * Nguyễn Văn A`), then any title after it.
 */
const readTitleFirst = (tokens: readonly Token[], at: number, source: string, strictName: boolean, deputyWordAt?: (tokens: readonly Token[], at: number) => number): Read | null => {
  const title = matchTitlePhrase(tokens, at, source, { afterName: false });
  if (title === null) return null;
  let j = title.end;
  if (tokens[j]?.text === "," && NON_POST_LEXICON.match(tokens, j + 1) !== null) j++;
  // The body the post belongs to, in brackets or written before the name: the name after it is read strictly.
  const inBrackets = bracketedBodyEnd(tokens, j, source);
  const owner = inBrackets > 0 ? inBrackets : parentBodyEnd(tokens, j, source);
  if (owner > 0) j = owner;
  const dash = dashBeforeNameAt(tokens, at, j);
  const address = Math.max(appositiveAddressAt(tokens, at, j), dash);
  if (address > 0) j = address;
  // "Tổng thanh tra Chính phủ - ĐB Quách Lê Thanh (Bình Thuận)": a deputy of the National Assembly set apart by the dash.
  const seat = dash > 0 ? (deputyWordAt?.(tokens, j) ?? -1) : -1;
  if (seat > 0) j = seat;
  const commaName = address < 0 ? commaBeforeNameAt(tokens, at, j) : -1;
  if (commaName > 0) j = commaName;
  const nameAt = skipNonPost(tokens, j);
  // A name on the next line is the start of something else ("thưa đồng chí Chủ tịch Quốc hội\nKính thưa").
  const strict = owner > 0 || dash > 0 || commaName > 0 || (strictName && address < 0);
  // "Trưởng Phòng Kế hoạch Tài chánh Trường ĐH Nông Lâm": a run after a word that heads what it names is no one's name.
  const named = strict && address < 0 && phraseEndsAt(SCHOOL_HEADS_LEXICON, tokens, nameAt);
  const nameEnd = tokens[nameAt]?.lineBefore === true || named ? -1 : holderNameAt(tokens, nameAt, strict, title.foreign);
  // No name after the title: nothing here, and no later post of the same title has one either.
  const noName = (): Read => (strictName ? { found: [], end: title.end } : { found: [{ from: at, to: title.end, person: null, former: title.former, positions: title.positions }], end: title.end });
  if (nameEnd < 0) return noName();
  const after = titleAfterName(tokens, nameEnd, source);
  // A bare name after a comma is set apart only when the apposition closes after it and no title of its own follows.
  if (commaName > 0 && (!closesApposition(tokens, nameEnd) || after !== null)) return noName();
  // "ông A - Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo tỉnh, bà B - Thường vụ Tỉnh ủy": a name set
  // apart by a form of address that has a title of its own is the next item of a list, and the
  // title before it the last item's.
  // Not so when a comma sets the title apart and a form of address and a name come later in the sentence: the title
  // after this name is theirs (below). (A dash after the name is the list's: `ông A - Phó chủ tịch tỉnh, anh B`.)
  const addressed = address > 0 && after !== null && tokens[nameEnd]?.text === "," && addressedAhead(tokens, after.end);
  if (address > 0 && after !== null && !addressed) return null;
  // "Thứ trưởng Bộ VHTT, ông A, Phó Chủ tịch BSA, ông B": a title after the name that a form of
  // address and a name follow is the next person's, as this one's was before this name.
  // After a foreign post's holder, a post that names no body is not placed (`Chủ tịch Thượng viện Canada Dan Hays,
  // Chủ tịch Hạ viện Peter Milliken`: the chamber without its country is not read, and the post is the next name's).
  const unplaced = title.foreign && after !== null && after.title.positions.every((p) => p.body === null);
  const more = after !== null && (unplaced || addressed || nextItemAfter(tokens, after.end, source) || nameAfterTitle(tokens, after.end, after.title.foreign)) ? null : after;
  const positions = more === null ? title.positions : [...title.positions, ...more.title.positions];
  const end = more?.end ?? nameEnd;
  // "cố Thủ tướng Lý Quang Diệu của Singapore": the country after the name says whose posts these are.
  const country = more === null ? countryOfAt(tokens, end) : null;
  const delegation = seat > 0 && more === null && country === null ? delegationAfterName(tokens, end) : -1;
  const to = delegation > 0 ? delegation : (country?.end ?? end);
  const posts = seat > 0 ? [...positions, NATIONAL_ASSEMBLY_DEPUTY] : country === null ? positions : inCountry(positions, country.name);
  return { found: [{ from: at, to, person: textOf(tokens, source, nameAt, nameEnd), former: title.former, positions: posts }], end: to };
};

/** After `đồng chí`, `Đ/c`, `ông`, `bà`: a name and its title, or a title (and maybe a name). */
const readTriggered = (tokens: readonly Token[], at: number, source: string, seatAfter: (tokens: readonly Token[], at: number) => number): Read | null => {
  const trigger = TRIGGER_LEXICON.match(tokens, at);
  if (trigger === null) return null;
  const first = tokens[at]!;
  // "Ông", "Bà", "Anh" capitalised inside a sentence are names or places (Bà Rịa, Lê Hồng Anh), not forms of address.
  // Inside a sentence they count only before a full name (a headline run into the lead: "… Phú Quốc Ông Trương Quốc Tuấn, Bí thư…").
  const midSentence = first.capital && first.lower !== "đồng" && first.lower !== "đ/c" && !atSentenceStart(tokens, at);
  if (midSentence && matchPersonName(tokens, trigger.end, { strict: true }) < 0) return null;
  const j = skipNonPost(tokens, trigger.end);
  // A name in capitals is read only here, after a form of address and before a title (`Ông ĐÀO DUY SINH, Phó Hiệu trưởng`).
  const written = matchPersonName(tokens, j, { strict: false });
  const capitals = written < 0 ? matchCapitalsName(tokens, j) : -1;
  const capitalsTitle = capitals > 0 ? titleAfterName(tokens, capitals, source) : null;
  const nameEnd = capitalsTitle !== null ? capitals : written;
  if (nameEnd > 0) {
    const title = capitalsTitle ?? titleAfterAside(tokens, nameEnd, source);
    const person = textOf(tokens, source, j, nameEnd);
    if (title === null) {
      // "Ông Nông Thế Cừ - ĐB Cao Bằng -": a seat in the National Assembly set apart after the name.
      const seat = written > 0 ? seatAfter(tokens, nameEnd) : -1;
      return seat < 0 ? { found: [], end: nameEnd } : { found: [{ from: j, to: seat, person, former: false, positions: [NATIONAL_ASSEMBLY_DEPUTY] }], end: seat };
    }
    return { found: [{ from: j, to: title.end, person, former: title.title.former, positions: title.title.positions }], end: title.end };
  }
  if (notCurrentBefore(tokens, j)) return null;
  const read = readTitleFirst(tokens, j, source, false);
  // A post with no name is someone's only after `đồng chí`, and only when it names a body
  // ("một ông thứ trưởng", "đồng chí Bí thư" are anyone).
  if (read !== null && read.found.length === 1 && read.found[0]!.person === null) {
    const comrade = first.lower === "đồng" || first.lower === "đ/c";
    if (!comrade || read.found[0]!.positions.every((p) => p.body === null)) return { found: [], end: read.end };
  }
  return read;
};

/** A name with no form of address before it, then a comma and a title (`Lê Mạnh Cường, Phó Bí thư…`). */
const readNameFirst = (tokens: readonly Token[], at: number, source: string, seatAfter: (tokens: readonly Token[], at: number) => number): Read | null => {
  const token = tokens[at]!;
  if (!token.capital || !token.word) return null;
  if (at > 0 && isNameWord(tokens, at - 1) && !token.lineBefore) return null; // not the start of the run
  const runEnd = matchPersonName(tokens, at, { strict: false });
  if (runEnd < 0) return null;
  // The name must open with a family name (sentence words such as "Theo" already stop the run).
  const from = at;
  if (runEnd - from < 2 || !isFamilyNameLower(tokens[from]!.lower) || namedAfterBefore(tokens, from)) return null;
  const title = titleAfterAside(tokens, runEnd, source);
  if (title === null) {
    // "Đỗ Trọng Ngoạn (ĐB Bắc Giang)": a seat in the National Assembly set apart after the name.
    const seat = seatAfter(tokens, runEnd);
    return seat < 0 ? null : { found: [{ from, to: seat, person: textOf(tokens, source, from, runEnd), former: false, positions: [NATIONAL_ASSEMBLY_DEPUTY] }], end: seat };
  }
  return { found: [{ from, to: title.end, person: textOf(tokens, source, from, runEnd), former: title.title.former, positions: title.title.positions }], end: title.end };
};

// "tại Phủ Chủ tịch, Phó chủ tịch nước …": a role in a building's name is no title.
const VENUES: ReadonlySet<string> = new Set(VENUES_BEFORE_ROLE);

const STANDING = new Set(STANDING_NAMES.map(([role, person]) => `${role}\u0000${person}`));

/** Whether a mention is a standing name of {@link STANDING_NAMES}: its person with that title alone, not marked former. */
const isStandingName = (f: Found): boolean =>
  f.person !== null && !f.former && f.positions.length === 1 && f.positions[0]!.body === null && STANDING.has(`${f.positions[0]!.role}\u0000${f.person}`);

/** A deputy of the National Assembly (see `deputy.ts`). */
const readDeputy = (tokens: readonly Token[], at: number, source: string, context: DeputyContext): Read | null => {
  const deputy = readDeputyAt(tokens, at, context);
  if (deputy === null) return null;
  const person = textOf(tokens, source, deputy.nameFrom, deputy.nameTo);
  // "ĐB Tào Hữu Phùng (phó chủ nhiệm Ủy ban Kinh tế - ngân sách của QH)": a title after the name is one more post.
  const after = deputy.to === deputy.nameTo ? titleAfterAside(tokens, deputy.to, source) : null;
  const positions = after === null ? [NATIONAL_ASSEMBLY_DEPUTY] : [NATIONAL_ASSEMBLY_DEPUTY, ...after.title.positions];
  const to = after?.end ?? deputy.to;
  // "các ĐB Bùi Văn Phong (Hòa Bình), Võ Minh Phương (Lâm Đồng)": the deputies listed after, each with a province.
  const listed = after === null ? listedDeputiesAfter(tokens, deputy) : [];
  const more = listed.map((d): Found => ({ from: d.from, to: d.to, person: textOf(tokens, source, d.nameFrom, d.nameTo), former: false, positions: [NATIONAL_ASSEMBLY_DEPUTY] }));
  return { found: [{ from: deputy.from, to, person, former: false, positions }, ...more], end: more.at(-1)?.to ?? to };
};

/**
 * Finds officials in free text: a person's name with their posts, in text order. It reads
 * `đồng chí`/`Đ/c`/`ông`/`bà` + name + title, a name + comma + title, a title + name
 * (`Chủ tịch UBND tỉnh Nguyễn Văn A`), and lists (`Các đồng chí: A, T1; B, T2`; `Các đồng chí
 * Ủy viên Bộ Chính trị: A, B`, where the head title goes to each name). `nguyên` before the
 * title makes the mention `former`. Offsets are into the input as given.
 *
 * The span covers the name and its title (a title written first included), never the form of
 * address: in `đồng chí Lê Mạnh Cường, Phó Bí thư…` it starts at `Lê`. A list head's shared
 * title is not in each person's span. Posts someone is elected or appointed to (`được bầu làm
 * Chủ tịch`), relinquished posts (`thôi giữ chức`) and kinds of post (`Trưởng Ban Dân vận các
 * huyện`) are not mentions.
 *
 * @example
 * ```ts
 * import { findOfficials } from "@vnpol/parse";
 * const [m] = findOfficials("Dự hội nghị có đồng chí Lê Mạnh Cường, Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện;");
 * m.person;    // "Lê Mạnh Cường"
 * m.text;      // "Lê Mạnh Cường, Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện"
 * m.positions; // [{ role: "Phó Bí thư Thường trực", body: "Huyện ủy", level: "district" },
 *              //  { role: "Chủ tịch", body: "Hội đồng nhân dân huyện", level: "district" }]
 * findOfficials("Đồng chí Trương Tấn Sang, nguyên Chủ tịch nước dâng hương")[0].former; // true
 * ```
 */
export const findOfficials = (text: string): OfficialMention[] => findOfficialsIn(normalizeWithOffsets(text), text);

/**
 * {@link findOfficials} over text already normalised, so that a caller running several
 * finders normalises once; `input` is the text `normalized` was made from, which the
 * offsets index. `words`, the {@link WordList} of `normalized.text` when the caller has one
 * (`extract` shares it), lets the search for role words go word by word.
 *
 * @internal
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "../normalize";
 * import { findOfficialsIn } from "./find-officials";
 * const input = "Đồng chí Trương Tấn Sang, nguyên Chủ tịch nước";
 * findOfficialsIn(normalizeWithOffsets(input), input)[0]?.person; // "Trương Tấn Sang"
 * ```
 */
export const findOfficialsIn = (normalized: NormalizedText, input: string, words?: WordList): OfficialMention[] => {
  const mentions: OfficialMention[] = [];
  scanNearAnchors(normalized.text, words === undefined ? nextRole : nextRole.over(words), TITLE_PHRASE_WORDS, readOfficialsAt(normalized, input, mentions));
  return mentions;
};

/**
 * The step of the scan of {@link findOfficialsIn}: reads at token `i` of the normalised text
 * (a list, a form of address, a title then a name, a name then a title), adds what it finds
 * to `mentions`, and returns the token to go on from. Over every token in turn it finds what
 * `findOfficialsIn` finds over the windows near role words (the tests check it).
 *
 * @internal
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "../normalize";
 * import { tokenize } from "../organizations/tokenize";
 * import { readOfficialsAt } from "./find-officials";
 * const input = "Ông Lê Văn A, Chủ tịch UBND tỉnh";
 * const mentions: import("@vnpol/schema").OfficialMention[] = [];
 * readOfficialsAt(normalizeWithOffsets(input), input, mentions)(tokenize(input), 0); // 9
 * mentions[0]?.person; // "Lê Văn A"
 * ```
 */
export const readOfficialsAt = (normalized: NormalizedText, input: string, mentions: OfficialMention[]) => {
  const source = normalized.text;
  let deputies: DeputyContext | undefined; // read from the text when first needed
  const deputyContext = (): DeputyContext => (deputies ??= deputyContextOf(source));
  /** A seat in the National Assembly set apart after a name that ends at `at`, in a text that names it: its end, or -1. */
  const seatAfter = (tokens: readonly Token[], at: number): number => (deputyContext().assembly ? deputyAfterName(tokens, at) : -1);
  /** The deputy's word at `at` (`ĐB`), in a text that names the National Assembly: the index past it, or -1. */
  const deputyWordAt = (tokens: readonly Token[], at: number): number => (deputyContext().assembly ? deputyWordEnd(tokens, at) : -1);
  return (tokens: readonly Token[], i: number): number => {
    const token = tokens[i]!;
    // Every read starts at an opener word or a capitalised family name: skip other tokens in one test.
    if (!READ_OPENERS.has(token.lower) && !(token.capital && token.word && isFamilyNameLower(token.lower))) return i + 1;
    let read =
      readList(tokens, i, source) ??
      readTriggered(tokens, i, source, seatAfter) ??
      (notCurrentBefore(tokens, i) || VENUES.has(tokens[i - 1]?.text ?? "") ? null : readTitleFirst(tokens, i, source, true, deputyWordAt)) ??
      readDeputy(tokens, i, source, deputyContext()) ??
      readNameFirst(tokens, i, source, seatAfter);
    if (read === null) return i + 1;
    // "Chủ nhiệm Văn phòng QH Trần Ngọc Đường (ĐB Kiên Giang)": the seat after the name is one more post.
    const last = read.found.at(-1);
    if (last?.person != null && last.to === read.end) {
      const seat = seatAfter(tokens, read.end);
      if (seat > 0) read = { found: [...read.found.slice(0, -1), { ...last, to: seat, positions: [...last.positions, NATIONAL_ASSEMBLY_DEPUTY] }], end: seat };
    }
    for (const f of read.found) {
      // "Chủ tịch Hồ Chí Minh": a historical figure's standing name, no post held.
      if (isStandingName(f)) continue;
      const start = normalized.toOriginal(tokens[f.from]!.start);
      const end = normalized.toOriginal(tokens[f.to - 1]!.end);
      mentions.push({ start, end, text: input.slice(start, end), person: f.person, former: f.former, positions: f.positions });
    }
    return Math.max(read.end, i + 1);
  };
};
