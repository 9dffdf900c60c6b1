import { z } from "zod";
import { Level } from "./level";
import { Label } from "./text";

/**
 * What kind of body an organization is in the Vietnamese political system.
 *
 * | value | Vietnamese | examples |
 * |---|---|---|
 * | `party` | Đảng Cộng sản Việt Nam, the Party as a whole | Đảng Cộng sản Việt Nam, ĐCSVN |
 * | `party-committee` | cấp ủy Đảng | Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư, Tỉnh ủy, Huyện ủy, Đảng ủy |
 * | `party-agency` | cơ quan tham mưu của cấp ủy | Ban Dân vận Tỉnh ủy, Ban Tổ chức Trung ương, Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Trung ương Đảng |
 * | `legislature` | Quốc hội and its bodies | Quốc hội, Ủy ban Thường vụ Quốc hội |
 * | `peoples-council` | Hội đồng nhân dân | HĐND tỉnh, HĐND huyện |
 * | `government` | Chính phủ, Thủ tướng | Chính phủ |
 * | `peoples-committee` | Ủy ban nhân dân | UBND tỉnh, UBND xã |
 * | `state-agency` | bộ, sở, ngành | Bộ Nội vụ, Sở Tư pháp, Công an tỉnh |
 * | `judiciary` | tòa án, viện kiểm sát | Tòa án nhân dân tối cao |
 * | `front` | Mặt trận Tổ quốc Việt Nam | Ủy ban MTTQ Việt Nam tỉnh |
 * | `mass-organization` | tổ chức chính trị - xã hội | Hội LHPN, Đoàn TNCS Hồ Chí Minh, Hội Nông dân, Hội Cựu chiến binh, Liên đoàn Lao động |
 * | `head-of-state` | Chủ tịch nước | Chủ tịch nước |
 * | `armed-forces` | lực lượng vũ trang | Bộ Chỉ huy Quân sự tỉnh |
 * | `other` | anything else | Khối Dân vận tỉnh, ban chỉ đạo |
 *
 * @example
 * ```ts
 * import { OrganizationClassification } from "@vnpol/schema";
 * OrganizationClassification.parse("peoples-council"); // Hội đồng nhân dân tỉnh
 * ```
 */
export const OrganizationClassification = z
  .enum([
    "party",
    "party-committee",
    "party-agency",
    "legislature",
    "peoples-council",
    "government",
    "peoples-committee",
    "state-agency",
    "judiciary",
    "front",
    "mass-organization",
    "head-of-state",
    "armed-forces",
    "other",
  ])
  .describe("Kind of body: the Party, Party committee, Party agency, legislature, people's council, government, people's committee, state agency, judiciary, Fatherland Front, mass organisation, head of state, armed forces, other.");
export type OrganizationClassification = z.infer<typeof OrganizationClassification>;

/**
 * A body of the Party, the State, the Fatherland Front or a mass organisation (Popolo
 * `Organization`). The name is written out in full, abbreviations expanded.
 *
 * @example
 * ```ts
 * import { Organization } from "@vnpol/schema";
 * Organization.parse({
 *   name: "Ban Dân vận Tỉnh ủy",
 *   classification: "party-agency",
 *   level: "province",
 *   parent: "Tỉnh ủy",
 * });
 * ```
 */
export const Organization = z
  .object({
    id: z.string().min(1).optional().describe("Stable identifier, when the dataset assigns one."),
    name: Label.describe("Full name with abbreviations expanded, as Vietnamese writes it: `Ban Dân vận Tỉnh ủy`."),
    abbreviation: Label.nullable().optional().describe("Abbreviation used in the text, when one was: `HĐND`, `BDVTW`."),
    classification: OrganizationClassification,
    level: Level.nullable().describe("Tier of the body; null when the text does not say."),
    parent: Label.nullable().optional().describe("Name of the body it belongs to, when known: `Tỉnh ủy` for `Ban Dân vận Tỉnh ủy`."),
    place: Label.nullable().optional().describe("Administrative unit it serves, when named in the text: `Bắc Mê`."),
  })
  .strict()
  .meta({ title: "Organization" })
  .describe("A body of the Party, the State, the Front or a mass organisation (Popolo Organization).");
export type Organization = z.infer<typeof Organization>;
