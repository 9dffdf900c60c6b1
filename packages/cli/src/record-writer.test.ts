import { describe, expect, it } from "vitest";
import { createRecordWriter } from "./record-writer";

const sink = () => {
  const out = { text: "", write: (chunk: string) => ((out.text += chunk), true), once: () => out, removeListener: () => out };
  return out;
};

const records = [
  { kind: "date", text: "ngày 27/12/2022" },
  { kind: "document", text: "Nghị định 30/2020/NĐ-CP" },
];

describe("record writer", () => {
  it("writes JSONL, one record a line", async () => {
    const out = sink();
    const writer = createRecordWriter(out, false);
    for (const record of records) await writer.write(record);
    await writer.end();
    expect(out.text.split("\n").filter(Boolean).map((line) => JSON.parse(line))).toEqual(records);
  });

  it("writes a pretty JSON array that parses, also when empty", async () => {
    for (const list of [records, []]) {
      const out = sink();
      const writer = createRecordWriter(out, true);
      for (const record of list) await writer.write(record);
      await writer.end();
      expect(JSON.parse(out.text)).toEqual(list);
      expect(out.text).toBe(`${JSON.stringify(list, null, 2)}\n`);
    }
  });

  it("waits for the stream to drain when it is full", async () => {
    let drain: (() => void) | undefined;
    const out = { write: () => false, once: (event: string, listener: () => void) => (event === "drain" ? (drain = listener) : undefined), removeListener: () => undefined };
    let done = false;
    const written = createRecordWriter(out, false).write(records[0]).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    drain?.();
    await written;
    expect(done).toBe(true);
  });
});
