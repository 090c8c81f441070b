import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvStream, neutraliseFormula, type CsvColumn } from "./csv";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function* batches<T>(...groups: T[][]): AsyncGenerator<T[]> {
  for (const group of groups) yield group;
}

type Row = { title: string; count: number; isDone: boolean };
const columns: CsvColumn<Row>[] = [
  { key: "title", value: (r) => r.title },
  { key: "count", value: (r) => r.count },
  { key: "done", value: (r) => r.isDone },
];

describe("CSV export", () => {
  it.each(["=1+1", "+7", "-2", "@SUM(A1)", "\tx", "\rx"])("neutralises the formula-like cell %j", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("Ratify the protocol")).toBe("Ratify the protocol");
    expect(neutraliseFormula("")).toBe("");
  });

  it("starts with a BOM, quotes per RFC 4180 and keeps Cyrillic intact across batches", async () => {
    const bytes = await readAll(
      csvStream(
        columns,
        batches(
          [{ title: 'Қазақстан, "уәде"\nекі жол', count: 2, isDone: true }],
          [{ title: '=HYPERLINK("http://evil")', count: 0, isDone: false }],
        ),
      ),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.startsWith("title,count,done\r\n")).toBe(true);
    expect(text).toContain('"Қазақстан, ""уәде""\nекі жол"');
    const records = parse(text, { columns: true }) as Record<string, string>[];
    expect(records).toEqual([
      { title: 'Қазақстан, "уәде"\nекі жол', count: "2", done: "yes" },
      { title: '\'=HYPERLINK("http://evil")', count: "0", done: "no" },
    ]);
  });

  it("attack: a row stored with U+FFFE, a lone surrogate or NUL still gives a clean file", async () => {
    const bytes = await readAll(
      csvStream(columns, batches([{ title: "a\uFFFEb\uD800c\u0000d", count: 1, isDone: true }])),
    );
    expect(bytes.toString("utf8")).toContain("a\uFFFDb\uFFFDc\uFFFDd,1,yes");
    expect(bytes.includes(0)).toBe(false);
  });
});
