import type { Level, Membership, OfficialMention, PartialDate, Post } from "@vnpol/schema";
import { toReferenceDay } from "../dates/reference-date";
import { findOfficials } from "./find-officials";
import { ROLES } from "./roles";

// Offices that name no body and fix their level themselves (`Chủ tịch nước`, Vietnam's head of state: central). Written
// with a country elsewhere in the article (`Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Hồ Cẩm Đào`), the office is that
// country's, and its level is not Vietnam's.
const OFFICES_WITHOUT_BODY: ReadonlySet<string> = new Set(ROLES.filter((rule) => rule.body !== undefined && rule.body.name === null).map((rule) => rule.role));

/** Lower case, for comparing bodies written in different cases (`Ủy ban nhân dân thành phố`, `… Thành phố Hồ Chí Minh`). */
const folded = (body: string): string => body.toLowerCase();

/** Options of {@link membershipsOf} and {@link findMemberships}. */
export interface MembershipOptions {
  /**
   * The article's publication date (`2022-12-27`, or a `Date`, read in Vietnam time): the day on
   * which the text states each membership. Absent or unreadable: `asOf` is null.
   */
  readonly ref?: Date | string;
}

/** The body and level a post names. */
interface Seat {
  readonly body: string;
  readonly level: Level | null;
}

const seatKey = (person: string, role: string): string => `${person}\u0000${role}`;

/**
 * The bodies each person holds each role in, as the article names them: person and role to the
 * distinct bodies (with their levels) of the posts that name one.
 */
const namedSeats = (mentions: readonly OfficialMention[]): Map<string, Seat[]> => {
  const seats = new Map<string, Seat[]>();
  for (const mention of mentions) {
    if (mention.person === null) continue;
    for (const post of mention.positions) {
      if (post.body === null) continue;
      const key = seatKey(mention.person, post.role);
      const known = seats.get(key) ?? [];
      if (!known.some((seat) => seat.body === post.body && seat.level === post.level)) known.push({ body: post.body, level: post.level });
      seats.set(key, known);
    }
  }
  return seats;
};

/**
 * A post written without its body (`Bộ trưởng Phan Văn Giang`), with the body the same article
 * gives the same person in the same role elsewhere (`Bộ trưởng Bộ Quốc phòng Phan Văn Giang`),
 * when it gives exactly one at the level the post fixes, if it fixes one. Null when the post
 * only repeats a post that names its body (the body is not known, but the membership is already
 * there); the post itself when nothing is known.
 */
const completed = (person: string, post: Post, seats: ReadonlyMap<string, readonly Seat[]>, posts: ReadonlyMap<string, readonly Post[]>): Post | null => {
  if (post.body !== null) return placed(post, post.body, seats.get(seatKey(person, post.role)) ?? []);
  const known = seats.get(seatKey(person, post.role));
  if (known === undefined) return post.level === null ? (longerRoleOf(post, posts.get(person) ?? []) ?? post) : post;
  // Bodies named with their place stand for the same body written without it (`Thành ủy` beside `Thành ủy TPHCM`).
  const distinct = known.filter((seat) => !known.some((other) => other !== seat && folded(other.body).startsWith(`${folded(seat.body)} `)));
  const fitting = post.level === null || OFFICES_WITHOUT_BODY.has(post.role) ? distinct : distinct.filter((seat) => seat.level === post.level);
  if (fitting.length === 1) return { role: post.role, body: fitting[0]!.body, level: fitting[0]!.level };
  return fitting.length > 1 ? null : post;
};

/**
 * "Bí thư Thành ủy Nguyễn Văn Nên" beside "Bí thư Thành ủy TPHCM Nguyễn Văn Nên": a body written
 * without its place is the same person's only body of the same role that names it with one
 * (`Thành ủy Thành phố Hồ Chí Minh`); otherwise the post as written.
 */
const placed = (post: Post, body: string, known: readonly Seat[]): Post => {
  const fuller = known.filter((seat) => folded(seat.body).startsWith(`${folded(body)} `));
  return fuller.length === 1 ? { role: post.role, body: fuller[0]!.body, level: fuller[0]!.level } : post;
};

/**
 * "Chủ tịch Trần Đức Lương" after "Chủ tịch nước Trần Đức Lương": a bare post whose role the
 * person's only post of a longer role begins with is that post, written short; null when the
 * person has no such post, or more than one.
 */
const longerRoleOf = (post: Post, held: readonly Post[]): Post | null => {
  const longer = held.filter((other) => other.role.startsWith(`${post.role} `));
  return longer.length === 1 ? longer[0]! : null;
};

/** Each named person's distinct posts, as written. */
const postsByPerson = (mentions: readonly OfficialMention[]): Map<string, Post[]> => {
  const posts = new Map<string, Post[]>();
  for (const mention of mentions) {
    if (mention.person === null) continue;
    const held = posts.get(mention.person) ?? [];
    for (const post of mention.positions) {
      if (!held.some((other) => other.role === post.role && other.body === post.body && other.level === post.level)) held.push(post);
    }
    posts.set(mention.person, held);
  }
  return posts;
};

const membershipKey = (membership: Membership): string =>
  [membership.person.name, membership.post.role, membership.post.body ?? "", membership.post.level ?? "", membership.former].join("\u0000");

/**
 * The memberships an article states, from its official mentions (`findOfficials`): one per
 * person and post, in the order first written. A post written without its body takes the body
 * the article gives the same person in the same role elsewhere, when it gives exactly one
 * (`Bộ trưởng Phan Văn Giang` after `Bộ trưởng Bộ Quốc phòng Phan Văn Giang`), and a bare
 * post is the person's only post of a longer role that begins with it (`Chủ tịch Trần Đức
 * Lương` after `Chủ tịch nước Trần Đức Lương`), and a body written without its place is the
 * person's only body of the same role that names one (`Thành ủy` beside `Thành ủy TPHCM`);
 * nothing is taken from outside the article. People are told apart by their names as written, so
 * `ông Giang` is not joined to `Phan Văn Giang`, and a post with no name is not a membership.
 * `former` is the mention's (`nguyên Chủ tịch nước`), and `asOf` the day of `ref`.
 *
 * @example
 * ```ts
 * import { findOfficials, membershipsOf } from "@vnpol/parse";
 * const text = "Bộ trưởng Bộ Quốc phòng Phan Văn Giang dự họp. Bộ trưởng Phan Văn Giang nhấn mạnh";
 * const [membership] = membershipsOf(findOfficials(text), { ref: "2022-12-27" });
 * membership.post;   // { role: "Bộ trưởng", body: "Bộ Quốc phòng", level: "central" }
 * membership.asOf;   // { year: 2022, month: 12, day: 27 }
 * membershipsOf(findOfficials(text)).length; // 1: the second mention repeats the first
 * ```
 */
export const membershipsOf = (mentions: readonly OfficialMention[], options: MembershipOptions = {}): Membership[] => {
  const day = toReferenceDay(options.ref);
  const asOf: PartialDate | null = day === undefined ? null : { year: day.year, month: day.month, day: day.day };
  const seats = namedSeats(mentions);
  const posts = postsByPerson(mentions);
  const seen = new Set<string>();
  const memberships: Membership[] = [];
  for (const mention of mentions) {
    if (mention.person === null) continue;
    for (const written of mention.positions) {
      const post = completed(mention.person, written, seats, posts);
      if (post === null) continue;
      const membership: Membership = { person: { name: mention.person }, post, asOf: asOf === null ? null : { ...asOf }, former: mention.former };
      const key = membershipKey(membership);
      if (seen.has(key)) continue;
      seen.add(key);
      memberships.push(membership);
    }
  }
  return memberships;
};

/**
 * The memberships the text states: {@link membershipsOf} the officials {@link findOfficials}
 * finds in it.
 *
 * @example
 * ```ts
 * import { findMemberships } from "@vnpol/parse";
 * findMemberships("Chủ tịch UBND tỉnh Hà Tĩnh Võ Kim Cự và Chủ tịch Võ Kim Cự", { ref: "2010-05-04" }).map((m) => m.post.body);
 * // ["Ủy ban nhân dân tỉnh Hà Tĩnh"]
 * ```
 */
export const findMemberships = (text: string, options: MembershipOptions = {}): Membership[] => membershipsOf(findOfficials(text), options);
