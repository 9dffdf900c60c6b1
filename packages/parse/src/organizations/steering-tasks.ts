/**
 * The words of the tasks that name steering committees (ban chỉ đạo), as the decisions setting
 * them up and the press write them: `phòng, chống dịch Covid-19`, `phòng chống lụt bão`, `phòng,
 * chống tham nhũng`, `phòng chống cháy rừng`, `cải cách hành chính`, `cải cách tư pháp`, `xóa đói
 * giảm nghèo và việc làm`, `phòng, chống buôn lậu và gian lận thương mại`, `phát triển du lịch`,
 * `phòng, chống thiên tai`, `tìm kiếm cứu nạn`. A committee's name is read only when each word of
 * its task is one of these, an acronym (`PCLB`, `XĐGN`) or its number (`Ban Chỉ đạo 24`).
 */
export const STEERING_TASK_WORDS: ReadonlySet<string> = new Set([
  ...["phòng", "chống", "dịch", "bệnh", "covid", "cúm", "gia", "cầm", "thủy", "gà", "lụt", "bão", "lũ", "thiên", "tai"],
  ...["tham", "nhũng", "buôn", "lậu", "gian", "lận", "thương", "mại", "cháy", "chữa", "rừng", "tìm", "kiếm", "cứu", "nạn"],
  ...["cải", "cách", "hành", "chính", "tư", "pháp", "xóa", "đói", "giảm", "nghèo", "việc", "làm", "phát", "triển", "du", "lịch", "và"],
]);
