import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";

// No client bundle of the production build carries a public message catalogue: readers on slow
// connections would download every language's words with the code (lib/vocabulary.ts is shared
// with forms in the browser, so it must not import them; lib/vocabulary-labels.ts does).

function longestMessages(catalogue: unknown, count: number): string[] {
  const values: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === "string") values.push(node);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(catalogue);
  return values
    .filter((value) => !value.includes("{"))
    .sort((a, b) => b.length - a.length)
    .slice(0, count);
}

test("no client chunk contains a public message catalogue", () => {
  const directory = path.join(".next", "static", "chunks");
  const chunks = readdirSync(directory, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".js"));
  expect(chunks.length).toBeGreaterThan(0);
  const code = chunks.map((name) => readFileSync(path.join(directory, name), "utf8")).join("\n");
  for (const language of ["en", "ru", "kk"]) {
    const catalogue: unknown = JSON.parse(readFileSync(path.join("messages", `${language}.json`), "utf8"));
    for (const text of longestMessages(catalogue, 5)) {
      // JSON in a bundle escapes non-ASCII as \uXXXX or keeps it; look for both spellings.
      const escaped = JSON.stringify(text)
        .slice(1, -1)
        .replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
      expect(
        code.includes(text) || code.includes(escaped),
        `${language}: "${text.slice(0, 40)}…" is in a client chunk`,
      ).toBe(false);
    }
  }
});
