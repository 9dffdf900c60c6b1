import type { DateRange, PartialDate } from "@vnpol/schema";
import { findPlaces } from "../places/find-places";
import { NOT_A_DAY_OF_EVENTS_AFTER_WORDS } from "../dates/same-day";
import { eventDayAt, eventDayOfClause } from "./event-day";
import { NOT_IN_ORGANISER, ORGANISER_HEADS, ORGANISER_NAME_COMPOUNDS } from "./event-words";

const LOOK_BACK = 300;
const MAX_ORGANISER_WORDS = 16;
// `X tổ chức <event>`, `X mở hội nghị`, `X đã khai mạc phiên họp`: the verbs of holding an event; only
// the first stands in `<event> do X tổ chức`.
const HOLDS = " tổ chức";
// `X đã họp Hội nghị lần thứ 15`, `X đã làm lễ khánh thành`: so do meeting and performing a ceremony.
const ORGANISES = [HOLDS, " mở", " khai mạc", " họp", " làm", " tiến hành"];
// The words between an event and what it says of it: adverbs of time, the verbs of taking place,
// the verbs of ending (`Đại hội … đã bế mạc`: a day written with them is the close, not the event).
const ADVERBS = ["đã", "sẽ", "đang", "vừa", "chính thức", "dự kiến"];
const TAKES_PLACE = ["diễn ra", "được tổ chức", "tổ chức", "khai mạc", "họp"];
// `Hội nghị … họp phiên bế mạc`: the closing sitting is the close too.
const ENDINGS = ["bế mạc", "kết thúc", "họp phiên bế mạc"];
// How the verb may be done: `được tổ chức trọng thể tại Hà Nội`.
const SOLEMNLY = ["trọng thể", "long trọng"];
const anyOf = (words: readonly string[]) => `(?:${words.join("|")})`;
const ADVERBS_BEFORE = `(?:${anyOf(ADVERBS)} )*`;
const AT_PLACE = "tại ";
// Adverbs between the organiser and its verb: `Ban Dân vận Tỉnh ủy long trọng tổ chức`; `đăng cai` (hosting: `do Quốc
// hội Indonesia đăng cai tổ chức`).
const MODIFIERS = [" long trọng", " trang trọng", " trọng thể", " đã", " sẽ", " vừa", " mới", " cũng", " đang", " phối hợp", " cùng", " đăng cai"];
// Adverbs between the verb and the event: `… tổ chức trọng thể lễ kỷ niệm`.
const AFTER_VERB = [" trọng thể", " long trọng", " thành công"];
// The rest of a paper's dateline in brackets before a lead, `(` read already: `NLĐ)- `, `TTXVN) - `.
const DATELINE = /^[\p{Lu}.]{2,12}\) ?[-–] ?/u;

// `Ủy ban Thường vụ Quốc hội (QH) đã khai mạc`: an acronym in brackets after a name neither breaks
// its clause nor belongs to the name.
const ACRONYM_IN_BRACKETS = String.raw`\([\p{Lu}.&-]{2,10}\)`;
const BRACKETED_ACRONYM = new RegExp(`^${ACRONYM_IN_BRACKETS}`, "u");
const TRAILING_ACRONYM = new RegExp(` ${ACRONYM_IN_BRACKETS}$`, "u");
const LETTER = /\p{L}/u;

const isBoundary = (body: string, at: number): boolean => {
  const char = body.charAt(at);
  // A paper's dateline (`(NLĐ)- Ngày 8-11, …`) opens a line: its bracket is a boundary.
  // An acronym in brackets after a word is an aside (`Văn phòng Quốc hội (QH) đã`), unless a dash follows it, as a dateline's does.
  if (char === "(") return !(body.charAt(at - 1) === " " && LETTER.test(body.charAt(at - 2)) && BRACKETED_ACRONYM.test(body.slice(at, at + 12))) || opensDateline(body, at);
  if (",;:!?\n".includes(char)) return true;
  return char === "." && (at + 1 >= body.length || body.charAt(at + 1) === " " || body.charAt(at + 1) === "\n");
};

/**
 * Start of the clause that ends at `at`: just after the nearest boundary before it; -1 when none
 * is within reach.
 *
 * @example
 * ```ts
 * import { clauseStartBefore } from "./event-context";
 * clauseStartBefore("Ngày 14-1, Ban Dân vận tổ chức Hội nghị", 31); // 10
 * ```
 */
export const clauseStartBefore = (body: string, at: number): number => {
  const reach = Math.max(0, at - LOOK_BACK);
  for (let k = at - 1; k >= reach; k--) {
    // "tại kỳ đài Hiền Lương (thuộc Khu di tích …, tỉnh Quảng Trị) diễn ra Lễ …": an aside in brackets, opened
    // after a word, is part of the clause, commas and all.
    if (body.charAt(k) === ")") {
      const open = body.lastIndexOf("(", k);
      if (open >= reach && isAsideOpening(body, open) && !opensDateline(body, open)) {
        k = open;
        continue;
      }
    }
    if (isBoundary(body, k)) return k + 1;
  }
  return at - LOOK_BACK <= 0 ? 0 : -1;
};

/**
 * Whether the bracket at `open` opens a paper's dateline (`(NLĐ) - Sáng 23-3, …`): it opens the
 * lead even where a title runs into the same line (`Mít tinh kỷ niệm 30 năm giải phóng (NLĐ) - Sáng 23-3`).
 */
const opensDateline = (body: string, open: number): boolean => DATELINE.test(body.slice(open + 1, open + 17));

/** Whether the bracket at `open` opens an aside inside a clause: a space and a letter or digit before it (not a dateline's `(NLĐ)-`). */
const isAsideOpening = (body: string, open: number): boolean => body.charAt(open - 1) === " " && LETTER_OR_DIGIT.test(body.charAt(open - 2));
// After a day too: "Sáng 7/4 (tức 10/3 âm lịch), …".
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A clause's words without its asides in brackets. */
const withoutAsides = (words: string): string => words.replace(ASIDE, "");
const ASIDE = / \([^()]*\)/gu;

const JOINED_BY_CROWD = / cùng (?=\p{Ll})/u;
const NAME_COMPOUNDS = new RegExp(ORGANISER_NAME_COMPOUNDS.join("|"), "gu");
const withoutNameCompounds = (name: string): string => name.replace(NAME_COMPOUNDS, "");

/** A dash that opens a line, before an answer or an item of a list. */
const LINE_DASH = /^\s*[-–]\s+/u;

/** An organiser as written: a capitalised body of a few words, without digits or quotes. */
export const asOrganiser = (words: string): string | null => {
  let name = words.trim();
  for (let again = true; again; ) {
    again = false;
    for (const modifier of MODIFIERS) {
      if (name.endsWith(modifier)) {
        name = name.slice(0, -modifier.length).trimEnd();
        again = true;
      }
    }
  }
  // "Ủy ban Thường vụ Quốc hội (QH)": the acronym after the name is not part of it.
  name = name.replace(TRAILING_ACRONYM, "");
  // "UBND huyện Hạ Hòa cùng hàng ngàn khách thập phương": those who join in, written in lower case, organise nothing.
  const joined = name.search(JOINED_BY_CROWD);
  if (joined > 0) name = name.slice(0, joined);
  const first = name.charAt(0);
  const plausible = name.length > 0 && first !== first.toLowerCase() && !/[\d"“”]/u.test(name) && name.split(" ").length <= MAX_ORGANISER_WORDS;
  const headed = ORGANISER_HEADS.some((head) => name === head || name.startsWith(`${head} `));
  if (withoutNameCompounds(name).split(/[\s-]+/u).some((word) => NOT_IN_ORGANISER.has(word))) return null;
  return plausible && headed ? name : null;
};

// "Bộ Văn hóa - Thông tin phối hợp với UBND tỉnh Cà Mau đã khai mạc": a body and its partner hold it together.
// "Cục Văn hóa - Thông tin cơ sở cùng UBND TP.HCM đã tổ chức": `cùng` before a body named with a capital too; and
// `kết hợp với` (`Hội Nhà báo Việt Nam kết hợp với Thành ủy-HĐND-UBND tỉnh Thái Nguyên long trọng tổ chức`).
const JOINTLY = / (?:(?:phối|kết) hợp (?:với|cùng) |cùng (?:với )?(?=\p{Lu}))/u;

/**
 * The organisers a clause names (`X`, or `X phối hợp với Y`: both, as a list); a partner that is no
 * body (`phối hợp với các cơ quan liên quan`) adds nothing to the first.
 */
const organisersOf = (words: string): string | null => {
  const joint = JOINTLY.exec(words);
  if (joint === null) return asOrganiser(words);
  const lead = asOrganiser(words.slice(0, joint.index));
  if (lead === null) return null;
  const partner = asOrganiser(words.slice(joint.index + joint[0].length));
  return partner === null ? lead : `${lead}, ${partner}`;
};

/**
 * `X tổ chức <event>` in the clause from `clauseStart` ({@link clauseStartBefore}): the organiser.
 *
 * @example
 * ```ts
 * import { organiserBefore } from "./event-context";
 * const body = "Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị";
 * organiserBefore(body, 10, body.indexOf("Hội nghị"))?.name; // "Ban Dân vận Tỉnh ủy"
 * ```
 */
export const organiserBefore = (body: string, clauseStart: number, eventStart: number): Organiser | null => {
  if (clauseStart < 0) return null;
  let left = body.slice(clauseStart, eventStart).trimEnd();
  for (const adverb of AFTER_VERB) if (left.endsWith(adverb)) left = left.slice(0, -adverb.length);
  const verb = ORGANISES.find((words) => left.endsWith(words));
  if (verb === undefined) return null;
  // "- Ban Chấp hành Trung ương khóa X họp Hội nghị …": the dash of an answer or an item that opens its line is no part of it.
  let name = organisersOf(left.slice(0, -verb.length).replace(LINE_DASH, ""));
  let start = clauseStart;
  // "Ủy ban Văn hóa giáo dục, Thanh niên thiếu niên và nhi đồng của Quốc hội tổ chức": a body whose name holds a comma.
  if (name === null && body.charAt(clauseStart - 1) === ",") {
    const before = clauseStartBefore(body, clauseStart - 1);
    const joined = before < 0 ? null : asOrganiser(`${body.slice(before, clauseStart - 1)},${left.slice(0, -verb.length)}`);
    if (joined !== null && !joined.endsWith(",")) {
      name = joined;
      start = before;
    }
  }
  if (name === null) return null;
  // "Thành ủy, HĐND, UBND và MTTQ TP Hà Nội tổ chức …": bodies listed before the last, each in a clause of its own.
  for (let items = 1; items < MAX_ORGANISERS && body.charAt(start - 1) === ","; items++) {
    const before = clauseStartBefore(body, start - 1);
    if (before < 0) break;
    const item = asOrganiser(body.slice(before, start - 1));
    if (item === null || isLastUnitOfAddress(body, before, item)) break;
    name = `${item}, ${name}`;
    start = before;
  }
  return { name, clauseStart: start };
};

/**
 * Whether `item`, the clause from `start`, is a place that ends an address, another unit standing
 * in the clause before it (`…, quận 1, TP HCM, Viện Ngôn ngữ Quốc tế ILA tổ chức`): no organiser.
 */
const isLastUnitOfAddress = (body: string, start: number, item: string): boolean => {
  if (wholePlaceName(item) === null || body.charAt(start - 1) !== ",") return false;
  const before = clauseStartBefore(body, start - 1);
  return before >= 0 && wholePlaceName(body.slice(before, start - 1).trim()) !== null;
};

/** An organiser read before its event, and where the clause that names it (the first of a list) starts. */
export interface Organiser {
  readonly name: string;
  readonly clauseStart: number;
}
const MAX_ORGANISERS = 6;

/** What `<event> do X tổ chức (vào) <day>` says of the event: its organiser, and the day written right after the verb. */
export interface HeldBy {
  readonly organiser: string | null;
  readonly day: DayAfter | null;
}

/**
 * `<event> do X tổ chức` in the same clause: the organiser, and the day written right after the
 * verb (`hội nghị góp ý các dự thảo luật do Đoàn ĐBQH TPHCM tổ chức ngày 17-3`), read as
 * {@link dateAfter} reads it; null when no such clause follows. The clause is read once for both.
 *
 * @example
 * ```ts
 * import { heldByAfter } from "./event-context";
 * heldByAfter("Hội nghị do Ủy ban MTTQ tỉnh tổ chức.", 8)?.organiser; // "Ủy ban MTTQ tỉnh"
 * heldByAfter("hội thảo do Học viện Báo chí và Tuyên truyền tổ chức sáng 27/4", 8)?.day?.value; // { day: 27, month: 4 }
 * ```
 */
export const heldByAfter = (body: string, eventEnd: number): HeldBy | null => {
  const lead = " do ";
  if (!body.startsWith(lead, eventEnd)) return null;
  const from = eventEnd + lead.length;
  let to = from;
  while (to < body.length && to < from + LOOK_BACK && !isBoundary(body, to)) to++;
  let verb = body.slice(from, to).indexOf(HOLDS);
  let organiser: string | null = null;
  if (verb > 0) organiser = organisersOf(body.slice(from, from + verb));
  else {
    // "do Bộ Y tế, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội tổ chức": bodies listed with commas, each one.
    const list = LISTED_ORGANISERS.exec(body.slice(from, from + LOOK_BACK));
    organiser = list === null ? null : organiserListOf(list[1]!);
    if (organiser === null) return null;
    verb = list![1]!.length;
  }
  let dayAt = from + verb + HOLDS.length;
  dayAt += AT_WHEN.exec(body.slice(dayAt, dayAt + 10))?.[0].length ?? 0;
  return { organiser, day: dayFrom(body, dayAt) };
};

// The bodies listed before `tổ chức` in an organiser's clause, up to the verb, on one line and in one sentence.
const LISTED_ORGANISERS = /^([^.;:\n]{3,200}?) tổ chức(?![\p{L}])/u;
const LIST_SPLIT = /, (?:và )?/u;

/** The organisers a list names (`Bộ Y tế, Bộ Tài chính và Bộ Lao động - Thương binh và Xã hội`), when every item is one; else null. */
const organiserListOf = (words: string): string | null => {
  const items = words.split(LIST_SPLIT).map(asOrganiser);
  return items.length > 1 && items.every((item) => item !== null) ? items.join(", ") : null;
};

/** What the head of a sentence says of the event its next clause holds: the day, and the place of a clause of place. */
export interface SentenceHead {
  readonly date: PartialDate | DateRange | null;
  readonly place: string | null;
}

const NO_HEAD: SentenceHead = { date: null, place: null };

/**
 * What the clauses before the one that holds the event, from `clauseStart`, say of it: the day
 * written at the head of the sentence (`Ngày 14-1, Ban … tổ chức Hội nghị`: day and month, and
 * the year only when written), and the place of a clause `tại <place>` that may stand between
 * (`Ngày 30-3, tại Hà Nội, Chính phủ đã tổ chức hội nghị`). A paper's dateline may open the
 * sentence (`(NLĐ)- Sáng 26-3, …`).
 *
 * @example
 * ```ts
 * import { sentenceHead } from "./event-context";
 * sentenceHead("Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị", 10); // { date: { day: 14, month: 1 }, place: null }
 * sentenceHead("Ngày 30-3, tại Hà Nội, Chính phủ đã tổ chức hội nghị", 22); // { date: { day: 30, month: 3 }, place: "Hà Nội" }
 * ```
 */
export const sentenceHead = (body: string, clauseStart: number): SentenceHead => {
  if (clauseStart < 1 || body.charAt(clauseStart - 1) !== ",") return NO_HEAD;
  let headEnd = clauseStart - 1;
  let headStart = clauseStartBefore(body, headEnd);
  if (headStart < 0) return NO_HEAD;
  let place: string | null = null;
  // "Ngày 22/3, tại Tam Kỳ, ông Nguyễn Xuân Phúc, Chủ tịch UBND tỉnh Quảng Nam đã chủ trì …": the person whose post the clause gives, set apart.
  if (body.charAt(headStart - 1) === "," && ADDRESSED_PERSON.test(body.slice(headStart, headEnd).trim())) {
    const before = clauseStartBefore(body, headStart - 1);
    if (before < 0) return NO_HEAD;
    headEnd = headStart - 1;
    headStart = before;
  }
  // "Trong sáng 1/5, tại công viên văn hóa Lê Thị Riêng, quận 10, …": the units of an address, each a clause, after `tại`.
  for (let units = 0; units < MAX_ADDRESS_UNITS && body.charAt(headStart - 1) === "," && wholePlaceName(body.slice(headStart, headEnd).trim()) !== null; units++) {
    const before = clauseStartBefore(body, headStart - 1);
    if (before < 0) return NO_HEAD;
    headEnd = headStart - 1;
    headStart = before;
  }
  // "Ngày 30-3, tại Hà Nội, Chính phủ đã tổ chức hội nghị": a clause of where it was held may stand between.
  if (body.slice(headStart, headEnd).trimStart().startsWith(AT_PLACE)) {
    place = placeClauseAt(body, headStart, headEnd);
    if (headStart === 0 || body.charAt(headStart - 1) !== ",") return { date: null, place };
    headEnd = headStart - 1;
    headStart = clauseStartBefore(body, headEnd);
    if (headStart < 0) return { date: null, place };
  }
  const date = headDate(body, headStart, headEnd);
  if (date !== null || place !== null) return { date, place };
  // "Ngày 19/1 tại Hà Nội, …": the day and the place in one clause, with no comma between.
  const within = body.slice(headStart, headEnd).indexOf(` ${AT_PLACE}`);
  if (within < 0) return NO_HEAD;
  const at = headStart + within;
  const day = headDate(body, headStart, at);
  return day === null ? NO_HEAD : { date: day, place: placeClauseAt(body, at, headEnd) };
};

/** Whether the clause from `at` opens its sentence: the text's start, a full stop or a new line before it. */
const opensSentence = (body: string, at: number): boolean => at === 0 || body.charAt(at - 1) === "." || body.charAt(at - 1) === "\n";
// `thông báo như sau: “Từ ngày 20/3 đến ngày 24/3/2006, …`: an opening quote opens a sentence, after a colon too.
const OPENING_QUOTE = /^ ?["“]/u;

/**
 * Where the words of the clause from `start` to `end` begin when it opens its sentence: at `start`
 * after a full stop or a new line, past a paper's dateline (`(NLĐ)- Sáng 26-3`) or an opening
 * quote, which always open one; -1 when the clause does not open its sentence.
 */
const sentenceWordsAt = (body: string, start: number, end: number): number => {
  // "(NLĐ)- Sáng 26-3, …": the paper's dateline before the lead opens the sentence as well.
  const dateline = body.charAt(start - 1) === "(" ? DATELINE.exec(body.slice(start, end)) : null;
  if (dateline !== null) return start + dateline[0].length;
  const quote = OPENING_QUOTE.exec(body.slice(start, start + 2));
  if (quote !== null) return start + quote[0].length;
  return opensSentence(body, start) ? start : -1;
};

// "Chiều cùng ngày, Thành đoàn TP.HCM đã tổ chức lễ …": a head that names the day the text dated last.
const SAME_DAY_HEAD = /^(?:(?:sáng|trưa|chiều|tối|đêm) )?cùng ngày$/iu;
// A day as the text dates what it reports (`ngày 5/3`, `sáng 27-4`, `Chiều 2.9.2005`), not after a word of a deadline or a holiday's
// name (the words `findDates` skips for `cùng ngày`).
const DAY_DATED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!(?:${NOT_A_DAY_OF_EVENTS_AFTER_WORDS.join("|")}) )(?:ngày|sáng|trưa|chiều|tối|đêm) (\\d{1,2})([/.-])(\\d{1,2})(?:\\2(\\d{4}))?(?![\\p{L}\\p{N}]|[/.-]\\p{N})`,
  "giu",
);
/** How far back the day `cùng ngày` means is looked for. */
const SAME_DAY_WINDOW = 1500;

/** The last day {@link DAY_DATED} dates within {@link SAME_DAY_WINDOW} before `at`, or null. Bounded. */
const lastDayBefore = (body: string, at: number): PartialDate | null => {
  let last: PartialDate | null = null;
  for (const m of body.slice(Math.max(0, at - SAME_DAY_WINDOW), at).matchAll(DAY_DATED)) {
    const [day, month] = [Number(m[1]), Number(m[3])];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    last = m[4] === undefined ? { month, day } : { year: Number(m[4]), month, day };
  }
  return last;
};

/** The day written in the clause from `headStart` to `headEnd` when it opens its sentence (or follows the clause that does), or null. */
const headDate = (body: string, headStart: number, headEnd: number): PartialDate | DateRange | null => {
  const words = sentenceWordsAt(body, headStart, headEnd);
  // "Chiều cùng ngày, …": the last day written before it, as `findDates` reads `cùng ngày`.
  if (words >= 0 && SAME_DAY_HEAD.test(body.slice(words, headEnd).trim())) return lastDayBefore(body, words);
  if (words >= 0) return eventDayOfClause(body.slice(words, headEnd));
  // A comma with no space after it is inside a list of days (`16,17 và 18.3`), no end of a clause.
  if (body.charAt(headStart - 1) !== "," || body.charAt(headStart) !== " ") return null;
  const before = clauseStartBefore(body, headStart - 1);
  const openerAt = before < 0 ? -1 : sentenceWordsAt(body, before, headStart - 1);
  // "Sáng qua, 27-12, …", "Cũng trong hôm qua, 4-2-2006, …" after a relative day; "Trong không khí … chào mừng Đại hội X,
  // sáng 10.4, …": after the clause that opens the sentence, a clause that is a day and nothing else is its head too.
  return openerAt >= 0 ? eventDayOfClause(body.slice(headStart, headEnd)) : null;
};


/**
 * Whether the event opens its clause (from `clauseStart`, {@link clauseStartBefore}), alone or
 * right after `tại`, `trong` or `tiếp tục` (`Chiều 10-11, tại hội nghị sơ kết …`, `Ngày 8/10, Hội
 * nghị cấp cao Á – Âu khai mạc`), or after where it is held and a verb of taking place (`Chiều
 * 27/4, tại Ban Tuyên giáo Trung ương diễn ra Hội nghị …`): the day at the head of the sentence
 * is then the event's ({@link sentenceHead}).
 *
 * @example
 * ```ts
 * import { opensEventClause } from "./event-context";
 * const body = "Chiều 10-11, tại hội nghị sơ kết, ông A nói";
 * opensEventClause(body, 12, body.indexOf("hội nghị")); // true
 * ```
 */
export const opensEventClause = (body: string, clauseStart: number, eventStart: number): boolean => {
  if (clauseStart < 0) return false;
  const opener = withoutAsides(body.slice(clauseStart, eventStart)).trim();
  return CLAUSE_OPENERS.has(opener.toLowerCase()) || OPENS_ONCE_SAID.test(opener) || HELD_THERE.test(opener) || ATTENDED.test(opener);
};

// `Ngày 8.4, Sở GTCC TP.HCM đã chủ trì hội nghị …`, `Trong sáng 1/5, …, Chủ tịch UBND TP HCM Lê Thanh Hải tham dự lễ động thổ`:
// someone who chairs, attends or witnesses the event that day, named with a capital, the clause's subject; or holds it,
// when no body does (`Bộ trưởng Ngoại giao Nguyễn Dy Niên đã tổ chức cuộc họp báo`: the day is the event's, the organiser null).
// So does one who has it (`Chiều 10-10, UBND tỉnh Quảng Trị đã có cuộc họp khẩn cấp`).
// A province or city named without its body may be the subject too (`tỉnh Phú Thọ đã tổ chức trọng thể Lễ …`); one that did
// not hold or attend it gives no day (`chưa tổ chức`, `không dự`).
const ATTENDED =
  /^(?:\p{Lu}|(?:tỉnh|thành phố|huyện|quận|thị xã|xã) \p{Lu})[^,;:]{0,80} (?<!(?:chưa|không|chẳng) )(?:(?:đã|sẽ|vừa|đang) )?(?:chủ trì|dự|tham dự|đến dự|chứng kiến|tổ chức(?: trọng thể| long trọng)?|có)$/u;

// `Sáng 26-6, Thủ tướng sẽ đi thăm Bảo tàng Văn minh, dự lễ khánh thành …`: a verb of attending with no subject of its own
// goes on the clause before, whose subject, named with a capital, attends the event.
const ATTENDS_WITHOUT_SUBJECT = /^(?:(?:đã|sẽ|vừa|rồi) )?(?:dự|tham dự|đến dự|chứng kiến|chủ trì)$/u;
const NAMED_SUBJECT = /^\p{Lu}[^,;:]{0,80} \p{Ll}/u;

/**
 * Where the clause before the event's starts, when the event's clause is a verb of attending
 * with no subject of its own and the clause before opens with a subject named with a capital
 * (`Sáng 26-6, Thủ tướng sẽ đi thăm Bảo tàng Văn minh, dự lễ khánh thành …`): the head of the
 * sentence before that clause dates the event. -1 otherwise.
 *
 * @example
 * ```ts
 * import { attendingClauseStart } from "./event-context";
 * const body = "Sáng 26-6, Thủ tướng sẽ đi thăm Bảo tàng, dự lễ khánh thành Nhà Việt Nam";
 * attendingClauseStart(body, body.indexOf(", dự") + 1, body.indexOf("lễ")); // 10
 * ```
 */
export const attendingClauseStart = (body: string, clauseStart: number, eventStart: number): number => {
  if (clauseStart < 1 || body.charAt(clauseStart - 1) !== "," || !ATTENDS_WITHOUT_SUBJECT.test(body.slice(clauseStart, eventStart).trim())) return -1;
  const before = clauseStartBefore(body, clauseStart - 1);
  return before >= 0 && NAMED_SUBJECT.test(body.slice(before, clauseStart - 1).trim()) ? before : -1;
};

// `Sáng 9-9, tại Hải Phòng, đã khai mạc hội thảo …`, `Ngày 6-8, tại Cung Văn hóa Lao động TP, đã diễn ra Đại hội …`:
// the opening or the taking place told with its tense or as official.
const OPENS_ONCE_SAID = /^(?:đã |sẽ |vừa )?(?:chính thức )?(?:khai mạc|diễn ra)$/iu;

// `tại Ban Tuyên giáo Trung ương (đã) diễn ra <event>`: where, then the verb of taking place, open the event's
// clause (the words between take any adverb).
const HELD_THERE = /^(?:[Tt]ại|[Ởở]) [^,;:]{1,80} (?:diễn ra|khai mạc)$/u;

// `tại Hà Nội đã diễn ra <event>`, `Ngày 17.3 tại Hà Nội đã diễn ra <event>`: the clause of the event holds its place, and
// may open with its day; the place is one whole place (`wholePlaceName`) between `tại` and the verb.
const HELD_AT_PLACE = /^(?:(.{1,40}) )?tại ([^,;:]{1,60}?) (?:(?:đã|sẽ|vừa) )?(?:chính thức )?(?:diễn ra|khai mạc)$/iu;

/**
 * What the clause of the event (from `clauseStart` up to the event) says of it when it reads `(<day>)
 * tại <place> (đã) diễn ra <event>`: the place, and the day when the clause opens its sentence
 * with it (`Ngày 17.3 tại Hà Nội đã diễn ra hội thảo …`). {@link NO_HEAD} otherwise.
 *
 * @example
 * ```ts
 * import { heldAtPlace } from "./event-context";
 * const body = "Ngày 17.3 tại Hà Nội đã diễn ra hội thảo về quy trình";
 * heldAtPlace(body, 0, body.indexOf("hội thảo")); // { date: { day: 17, month: 3 }, place: "Hà Nội" }
 * ```
 */
export const heldAtPlace = (body: string, clauseStart: number, eventStart: number): SentenceHead => {
  if (clauseStart < 0) return NO_HEAD;
  const clause = body.slice(clauseStart, eventStart).trimEnd();
  const held = HELD_AT_PLACE.exec(clause.trimStart());
  if (held === null) return NO_HEAD;
  const place = wholePlaceName(held[2]!);
  if (place === null) return NO_HEAD;
  if (held[1] === undefined) return { date: null, place };
  const start = clauseStart + (clause.length - clause.trimStart().length);
  return { date: headDate(body, start, start + held[1].length), place };
};

// What may open a clause that holds nothing but an event: `tại hội nghị`, `trong phiên họp thứ 55`, `tiếp tục kỳ họp thứ 7`;
// or nothing, the event being the clause's subject (`Ngày 8/10, Hội nghị cấp cao Á – Âu khai mạc`).
// `Sáng 27/4, mở đầu phiên họp thứ 55, …`, `khai mạc kỳ họp thứ 9`: opening it, on that day.
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["", "tại", "trong", "tiếp tục", "tiếp tục chương trình", "mở đầu", "khai mạc"]);

/**
 * The day of a clause written right after an event that opens its sentence (`Trong phiên họp
 * thứ 55, sáng 27/4, UB Thường vụ Quốc hội …`, `Tiếp tục kỳ họp thứ 7, chiều 2/6, …`): that
 * clause holds the day alone, as a sentence's head would, and another clause follows. Null otherwise.
 *
 * @example
 * ```ts
 * import { dateClauseAfter } from "./event-context";
 * const body = "Trong phiên họp thứ 55, sáng 27/4, UB Thường vụ Quốc hội đã xem xét";
 * dateClauseAfter(body, 0, body.indexOf("phiên"), body.indexOf(",")); // { day: 27, month: 4 }
 * ```
 */
export const dateClauseAfter = (body: string, clauseStart: number, eventStart: number, nameEnd: number): PartialDate | DateRange | null => {
  if (body.charAt(nameEnd) !== "," || clauseStart < 0 || !opensSentence(body, clauseStart)) return null;
  if (!CLAUSE_OPENERS.has(body.slice(clauseStart, eventStart).trim().toLowerCase())) return null;
  let end = nameEnd + 1;
  while (end < body.length && end < nameEnd + 32 && !isBoundary(body, end)) end++;
  return body.charAt(end) === "," ? eventDayOfClause(body.slice(nameEnd + 1, end)) : null;
};

// `<event> tại`, `<event> đã diễn ra tại`, `<event> khai mạc tại`: what may stand between the event and its place.
// After a comma only a verb of taking place leads to the place (`…, diễn ra tại tỉnh Phú Thọ`).
// `tổ chức sáng nay, tại Hà Nội`, `đột xuất chiều nay tại Hà Nội`: a relative day may stand before the place.
const RELATIVE_DAY_BEFORE_PLACE = "(?:(?:sáng|trưa|chiều|tối|hôm) (?:nay|qua),? )?";
const BEFORE_PLACE = new RegExp(
  `^(?: |, (?=${ADVERBS_BEFORE}${anyOf(TAKES_PLACE)} ))${ADVERBS_BEFORE}(?:${anyOf([...TAKES_PLACE, ...ENDINGS])}(?: ${anyOf(SOLEMNLY)})? )?${RELATIVE_DAY_BEFORE_PLACE}tại `,
  "u",
);

// `… được tổ chức hôm qua 25/7, tại TP Hồ Chí Minh`: after the event's day, a comma may stand before its place.
const PLACE_AFTER_DAY = /^, tại /u;

/** The place of a clause from `from` to `to` that is `tại <place>` and nothing more (`tại Hà Nội`), or null. */
const placeClauseAt = (body: string, from: number, to: number): string | null => {
  const clause = body.slice(from, to).trim();
  if (!clause.startsWith(AT_PLACE)) return null;
  const words = clause.slice(AT_PLACE.length).replace(CAPITAL_CITY, "");
  const whole = wholePlaceName(words);
  if (whole !== null || words.charCodeAt(words.length - 1) !== 0x29) return whole;
  const venue = venuePlaceAt(words);
  return venue !== null && venue.end === words.length ? venue.name : null;
};

// `tại thủ đô Hà Nội`: the capital, named with the word for it.
const CAPITAL_CITY = /^thủ đô (?=\p{Lu})/u;
// `tại hội trường Ba Đình (Hà Nội)`, `tại Trung tâm Hội nghị quốc gia Mỹ Đình (Hà Nội)`: a venue, and the one place it lies in, in brackets.
const VENUE_WITH_PLACE = /^[^,;:()\n]{2,60}? \(([^(),\n]{2,40})\)/u;

/** The place in brackets after a venue at the start of `words` (`hội trường Ba Đình (Hà Nội)`), with where the brackets end; or null. */
const venuePlaceAt = (words: string): PlaceAfter | null => {
  const venue = VENUE_WITH_PLACE.exec(words);
  const name = venue === null ? null : wholePlaceName(venue[1]!);
  return name === null ? null : { name, end: venue![0].length };
};

/** The name of the place `words` are, when they are one place and nothing more (`quận 10`, `tỉnh Quảng Trị`), or null. */
const wholePlaceName = (words: string): string | null => {
  const [first, second] = findPlaces(words);
  return first !== undefined && second === undefined && first.start === 0 && first.end === words.length ? first.name : null;
};

const MAX_ADDRESS_UNITS = 3;
// A person set apart by commas before the clause of the event: a form of address and a name in capitals.
const ADDRESSED_PERSON = /^(?:ông|bà|đồng chí) \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}$/u;


/** A place named after an event: its name, and where it ends in the text. */
export interface PlaceAfter {
  readonly name: string;
  readonly end: number;
}

/**
 * `<event> (diễn ra) tại <place>`: the place when one is named right after `tại`, with where it
 * ends (the day may follow it: {@link dateAfter}). With `afterDay`, `nameEnd` is the end of the
 * event's day read after it, and a comma may stand before `tại`.
 *
 * @example
 * ```ts
 * import { placeAfter } from "./event-context";
 * placeAfter("Hội nghị đã diễn ra tại Đồng Nai", 8); // { name: "Đồng Nai", end: 32 }
 * ```
 */
export const placeAfter = (body: string, nameEnd: number, afterDay = false): PlaceAfter | null => {
  const lead = (afterDay ? PLACE_AFTER_DAY.exec(body.slice(nameEnd, nameEnd + 8)) : null) ?? BEFORE_PLACE.exec(body.slice(nameEnd, nameEnd + 60));
  if (lead === null) return null;
  const from = nameEnd + lead[0].length + (CAPITAL_CITY.exec(body.slice(nameEnd + lead[0].length, nameEnd + lead[0].length + 8))?.[0].length ?? 0);
  const [first] = findPlaces(body.slice(from, from + 80));
  if (first !== undefined && first.start === 0) return { name: first.name, end: from + first.end };
  // Only a bracket within reach can close a venue's place (most clauses hold none).
  const bracket = body.indexOf(" (", from);
  if (bracket < 0 || bracket > from + 64) return null;
  const venue = venuePlaceAt(body.slice(from, from + 110));
  return venue === null ? null : { name: venue.name, end: from + venue.end };
};

const ENDS = new RegExp(`^ ${ADVERBS_BEFORE}${anyOf(ENDINGS)}(?![\\p{L}\\p{N}])`, "u");

/**
 * Whether a verb of ending follows the event's name (`Đại hội … đã bế mạc`): a day written with
 * it dates the close, not the event.
 *
 * @example
 * ```ts
 * import { endsAfter } from "./event-context";
 * endsAfter("Đại hội lần thứ VIII đã bế mạc", 21); // true
 * ```
 */
export const endsAfter = (body: string, nameEnd: number): boolean => ENDS.test(body.slice(nameEnd, nameEnd + 32));

// `<event> (đã) diễn ra`, `khai mạc`, `được tổ chức (trọng thể)`: the verbs of taking place, after which the day may be written.
const HELD_VERB = new RegExp(`^,? ${ADVERBS_BEFORE}${anyOf(TAKES_PLACE)}(?: ${anyOf(SOLEMNLY)})?`, "u");
const AT_WHEN = /^ (?:vào (?:lúc )?)?/u;
const AT_TIME = /^ vào (?:lúc )?/u;
// `lễ khai trương … lúc 8h30 ngày 5/6/2005`: the hour before the day, which the day's reader skips with its `lúc`.
const AT_HOUR = /^ (?=lúc \d)/u;
const DAY_RIGHT_AFTER = /^ (?:(?=(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|từ ngày) )|\((?=\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\)))/u;
// `Thủ tướng dự Hội nghị các nhà Lãnh đạo ASEAN, chiều 24/4.`: a day set apart by a comma after the name, closing the sentence (a caption).
const DAY_CLOSING_AFTER_COMMA = /^, (?=(?:sáng|trưa|chiều|tối|đêm|ngày) \d)/u;
// How far after the verb the date is read: a period of two full dates with its words (`từ ngày 18-4-2006 đến ngày 25-4-2006`) fits.
const DATE_WINDOW = 64;

/**
 * `<event> diễn ra (tại <place>) (vào) <date>`: the date written right after a verb of taking
 * place, or after `vào` right after the name (`tổ chức lễ khai mạc … vào tối 29-4`), or right after
 * the name when it opens with a part of the day, `ngày` or `hôm` (`tại cuộc họp báo chiều 1/10`; not
 * with `direct` false, for an event a document names), a day or a period as {@link eventDayAt} reads it, with no year but a written one (`sẽ
 * diễn ra từ ngày 5 đến 9-12`, `khai mạc vào ngày 25/10`, `đã diễn ra tại Đồng Nai sáng 10/4`), or set apart by a
 * comma when it closes the sentence (`dự Hội nghị các nhà Lãnh đạo ASEAN, chiều 24/4.`, as a caption writes it).
 * `place` is what {@link placeAfter} read after the event, which the day may follow. Null when
 * anything else stands between.
 *
 * @example
 * ```ts
 * import { dateAfter, placeAfter } from "./event-context";
 * dateAfter("Đại hội X diễn ra từ ngày 17 đến 24-4", 9, null)?.value; // { start: { day: 17, month: 4 }, end: { day: 24, month: 4 } }
 * const body = "Hội nghị đã diễn ra tại Đồng Nai sáng 10/4";
 * dateAfter(body, 8, placeAfter(body, 8))?.value; // { day: 10, month: 4 }
 * ```
 */
export const dateAfter = (body: string, nameEnd: number, place: PlaceAfter | null, direct = true): DayAfter | null => {
  const verb = HELD_VERB.exec(body.slice(nameEnd, nameEnd + 48));
  if (verb === null) {
    // `tổ chức lễ khai mạc … vào tối 29-4`: `vào` right after the name opens its day; so may a part of the day,
    // `ngày` or `hôm` (`tại cuộc họp báo chiều 1/10`), unless the event is named by a document (`Nghị quyết Hội nghị … ngày …`).
    const head = body.slice(nameEnd, nameEnd + 12);
    const at = AT_TIME.exec(head) ?? AT_HOUR.exec(head) ?? (direct ? DAY_RIGHT_AFTER.exec(head) : null);
    if (at === null) return direct ? (bracketedWhen(body, nameEnd) ?? dayClosingSentence(body, nameEnd)) : null;
    return dayFrom(body, nameEnd + at[0].length);
  }
  let from = nameEnd + verb[0].length;
  if (body.startsWith(` ${AT_PLACE}`, from)) {
    if (place === null || place.end <= from) return null;
    from = place.end;
  }
  from += AT_WHEN.exec(body.slice(from, from + 10))?.[0].length ?? 0;
  return dayFrom(body, from);
};

/** The day set apart by a comma after an event's name that closes its sentence ({@link DAY_CLOSING_AFTER_COMMA}), or null. */
const dayClosingSentence = (body: string, nameEnd: number): DayAfter | null => {
  const comma = DAY_CLOSING_AFTER_COMMA.exec(body.slice(nameEnd, nameEnd + 12));
  const day = comma === null ? null : dayFrom(body, nameEnd + comma[0].length);
  if (day === null) return null;
  const next = body.charAt(day.end);
  return next === "" || next === "." || next === "\n" ? day : null;
};

/** A day read after an event, and where it ends in the text (a place may follow it: `… từ ngày 18 đến 25-4 tại Hà Nội`). */
export interface DayAfter {
  readonly value: PartialDate | DateRange;
  readonly end: number;
}

/** The day or period written at `from`, with where it ends; null when none is. */
const dayFrom = (body: string, from: number): DayAfter | null => {
  const day = eventDayAt(body.slice(from, from + DATE_WINDOW));
  if (day !== null) return { value: day.value, end: from + day.end };
  // "Hội nghị Thượng đỉnh APEC vào tháng 11", "Đại hội XIII sẽ diễn ra vào tháng 1/2021": a month, when no day is given.
  const month = MONTH_AT.exec(body.slice(from, from + MONTH_WINDOW));
  if (month === null || Number(month[1]) < 1 || Number(month[1]) > 12) return null;
  const year = month[2] ?? month[3];
  return { value: year === undefined ? { month: Number(month[1]) } : { year: Number(year), month: Number(month[1]) }, end: from + month[0].length };
};

/** "Đại hội IV (1976)", "kỳ họp cuối năm (tháng 12/2020)": the year, or month and year, in brackets right after an event's name. */
const BRACKETED_WHEN = /^ \((?:tháng (\d{1,2})[/-])?(\d{4})\)/u;

/** The year or month in brackets right after an event's name ({@link BRACKETED_WHEN}), or null. */
const bracketedWhen = (body: string, nameEnd: number): DayAfter | null => {
  const m = BRACKETED_WHEN.exec(body.slice(nameEnd, nameEnd + 20));
  if (m === null) return null;
  const year = Number(m[2]);
  if (m[1] === undefined) return { value: { year }, end: nameEnd + m[0].length };
  const month = Number(m[1]);
  return month < 1 || month > 12 ? null : { value: { year, month }, end: nameEnd + m[0].length };
};

/** A month after the words that open an event's date (`tháng 11`, `tháng 1/2021`, `tháng 10 năm 2006`), in digits. */
const MONTH_AT = /^tháng (\d{1,2})(?:[/-](\d{4})| năm (\d{4}))?(?![\p{L}\p{N}]|[/.-]\p{N})/u;
const MONTH_WINDOW = 24;
