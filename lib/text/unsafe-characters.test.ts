import { describe, expect, it } from "vitest";
import { findUnsafeCharacter, findUnsafeInput, replaceUnsafeCharacters, xmlSafeText } from "./unsafe-characters";

const HOSTILE = ["\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\u0000", "\uFDD0", "\u{1FFFE}", "\u{10FFFF}"];

describe("characters that must never be stored", () => {
  it("attack: finds NUL, lone surrogates and non-characters, naming the code point", () => {
    expect(HOSTILE.map((character) => findUnsafeCharacter(`a${character}b`)?.code)).toEqual([
      "U+FFFE",
      "U+FFFF",
      "U+D800",
      "U+DC00",
      "U+0000",
      "U+FDD0",
      "U+1FFFE",
      "U+10FFFF",
    ]);
  });

  it("attack: finds the control characters a title must not hold (VT, SOH, ESC, DEL, NEL, C1), naming them", () => {
    const controls = ["\u000B", "\u0001", "\u001B", "\u007F", "\u0085", "\u009B", "\u000C", "\u0008"];
    expect(controls.map((character) => findUnsafeCharacter(`Title${character}x`)?.code)).toEqual([
      "U+000B",
      "U+0001",
      "U+001B",
      "U+007F",
      "U+0085",
      "U+009B",
      "U+000C",
      "U+0008",
    ]);
    expect(findUnsafeInput({ title: "Закон\u000Bо пытках" })).toEqual({ field: "title", code: "U+000B" });
    expect(replaceUnsafeCharacters("a\u001Bb\u0085c")).toBe("a\uFFFDb\uFFFDc");
    expect(xmlSafeText("a\u007Fb\u0085c")).toBe("a\uFFFDb\uFFFDc");
  });

  it("leaves real text alone: Cyrillic, Kazakh letters, emoji (surrogate pairs), tabs and new lines", () => {
    for (const text of ["Қазақстан ұлттық", "🇰🇿 ✊🏽", "a\tb\r\nc", "\uFFFD", "\u202Eevil"]) {
      expect(findUnsafeCharacter(text)).toBeNull();
      expect(replaceUnsafeCharacters(text)).toBe(text);
    }
  });

  it("replaces them for writers, and XML's forbidden controls too", () => {
    expect(replaceUnsafeCharacters("a\uFFFEb\uD800c\u0000d")).toBe("a\uFFFDb\uFFFDc\uFFFDd");
    expect(xmlSafeText("a\u0001\uFFFF\uDBFFb🇰🇿\n")).toBe("a\uFFFD\uFFFD\uFFFDb🇰🇿\n");
  });

  it("names the form field a hostile string came in, at any depth", () => {
    expect(findUnsafeInput({ title: "ok", justification: "bad\uFFFF" })).toEqual({
      field: "justification",
      code: "U+FFFF",
    });
    expect(findUnsafeInput({ newEvidence: [{ url: "https://x", title: "\uD800" }] })).toEqual({
      field: "newEvidence",
      code: "U+D800",
    });
    expect(findUnsafeInput({ "na\u0000me": "x" })).toEqual({ field: "form", code: "U+0000" });
    expect(findUnsafeInput({ title: "fine", count: 3, list: ["a", "b"] })).toBeNull();
  });
});
