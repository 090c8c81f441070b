import { describe, expect, it } from "vitest";
import { toSafeHttpUrl } from "./url";
import { evidenceFieldsSchema } from "./schema";
import { inEnglish } from "@/lib/forms/english-messages";

describe("evidence links", () => {
  it("accepts plain http and https addresses and normalises them", () => {
    expect(toSafeHttpUrl("https://adilet.zan.kz/rus/docs/Z2000000325")).toBe(
      "https://adilet.zan.kz/rus/docs/Z2000000325",
    );
    expect(toSafeHttpUrl("  HTTP://Example.org/a?b=c#d ")).toBe("http://example.org/a?b=c#d");
    expect(toSafeHttpUrl("https://ohchr.org/ru/документ")).toBe(
      "https://ohchr.org/ru/%D0%B4%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82",
    );
  });

  it.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0000javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "%6Aavascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org/file",
    "//evil.example/path",
    "/relative/path",
    "https://",
    "https://user:pass@example.org/",
    "https://exa mple.org/",
    "https://example.org/\u200bhidden",
    `https://example.org/${"a".repeat(3000)}`,
  ])("refuses %j", (value) => {
    expect(toSafeHttpUrl(value)).toBeNull();
  });

  it("gives a plain message for an unsafe link in the evidence form", () => {
    const result = evidenceFieldsSchema.safeParse({ url: "javascript:alert(1)", title: "A law", kind: "LAW_TEXT" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["url"]);
    expect(inEnglish(result.error?.issues[0]?.message ?? "")).toMatch(/http:\/\/ or https:\/\//);
  });
});
