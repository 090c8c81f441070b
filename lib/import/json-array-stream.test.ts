import { describe, expect, it } from "vitest";
import { readJsonArrayElements } from "./json-array-stream";

async function* piecesOf(text: string, size: number) {
  for (let index = 0; index < text.length; index += size) yield text.slice(index, index + size);
}

async function readAll(text: string, size = 3) {
  const out: unknown[] = [];
  for await (const element of readJsonArrayElements(piecesOf(text, size))) out.push(element);
  return out;
}

describe("reading a JSON array an element at a time", () => {
  const records = [
    { Symbol: "A/HRC/1/1", Text: 'Quote " and, comma ] } [ {', Themes: ["a", "b"], n: 1.5e3, x: null },
    "plain, string",
    [1, [2, { y: "}" }]],
    42,
    true,
    { Text: 'Escaped \\" quote and \\\\ backslash \u0416' },
  ];

  it("gives every element, whatever the size of the pieces the text arrives in", async () => {
    const text = `\uFEFF \n${JSON.stringify(records, null, 1)}\n`;
    for (const size of [1, 2, 7, 64, 100_000]) expect(await readAll(text, size)).toEqual(records);
    expect(await readAll("[]")).toEqual([]);
    expect(await readAll(" [ 1 , 2 ] ")).toEqual([1, 2]);
  });

  it("refuses what is not one whole array", async () => {
    await expect(readAll('{"Symbol":"x"}')).rejects.toThrow(SyntaxError);
    await expect(readAll('[{"Symbol":"x"},')).rejects.toThrow(/not closed/);
    await expect(readAll('[{"Symbol":}]')).rejects.toThrow(SyntaxError);
    await expect(readAll("[1,,2]")).rejects.toThrow(/empty element/);
  });
});
