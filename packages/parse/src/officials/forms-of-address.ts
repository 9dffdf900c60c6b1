// Forms of address of Vietnamese political news. Source: Điều lệ Đảng (2011), Điều 1 ("đồng
// chí" between Party members) and the usage of the press (ông, bà, anh, chị; Đ/c, the
// abbreviation of đồng chí in Party documents, Hướng dẫn 36-HD/VPTW).

/** Forms of address that announce a person: `đồng chí`, `Đ/c`, `ông`, `bà` (and `anh`, `chị`, used for younger officials). */
export const TRIGGERS: readonly string[] = ["đồng chí", "đ/c", "ông", "bà", "anh", "chị"];

/** Plural forms of address that head a list of people: `Các đồng chí: A, T1; B, T2`. */
export const LIST_TRIGGERS: readonly string[] = ["các đồng chí", "các ông", "các bà", "các đ/c"];
