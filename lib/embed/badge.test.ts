// A strict XML parser (exceljs's own), for the test only.
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { BADGE_CONTENT_SECURITY_POLICY, escapeXml, renderBadgeSvg, truncate } from "./badge";

/** Parses `xml` as a strict XML parser does (browsers refuse an SVG image the same way); throws on error. */
function parseStrictly(xml: string): void {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

const badge = (title: string) =>
  renderBadgeSvg({
    siteName: "Uade",
    title,
    assessment: "STALLED",
    assessmentLabel: "Stalled",
    evidenceHeading: "Evidence shows",
    claim: "ADOPTED",
    claimLine: "Officials say: adopted",
    url: "https://uade.example/en/commitments/x",
    lang: "en",
  });

describe("the embeddable badge", () => {
  it("escapes every text it draws and links back", () => {
    const svg = renderBadgeSvg({
      siteName: "Uade",
      title: `<script>alert("x")</script> & "quotes"`,
      assessment: "STALLED",
      assessmentLabel: "Тоқтап қалды",
      evidenceHeading: "Дәлелдер көрсетеді",
      claim: "ADOPTED",
      claimLine: "Билік мәлімдейді: Қабылданды",
      url: "https://uade.example/kk/commitments/x?a=1&b=2",
      lang: "kk",
    });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain('href="https://uade.example/kk/commitments/x?a=1&amp;b=2"');
    expect(svg).toContain("Тоқтап қалды");
    expect(svg).toContain('lang="kk"');
  });

  it("cuts long titles by characters, Cyrillic included, with an ellipsis", () => {
    expect(truncate("Қазақстан".repeat(10), 12)).toBe("ҚазақстанҚа…");
    expect(truncate("short", 12)).toBe("short");
    expect(escapeXml(`a<b>&'"`)).toBe("a&lt;b&gt;&amp;&apos;&quot;");
  });

  it("attack: always parses as XML, whatever control character a stored title holds", () => {
    const title = "Law\u000B\u0001\u001B\u007F\u0085\u009B\u0000\uFFFF\uD800 on torture";
    expect(() => parseStrictly(badge(title))).not.toThrow();
    expect(badge(title)).toContain("Law\uFFFD");
    // The parser is strict: the raw title would not parse.
    expect(() => parseStrictly(`<svg><title>${title}</title></svg>`)).toThrow();
  });

  it("is served with its own strict policy: the site's Content-Security-Policy rule leaves /embed/ out", async () => {
    // Next's own route matcher and the real configuration (both plain JavaScript, without types).
    const { pathToRegexp } = (await import("next/dist/compiled/path-to-regexp" as string)) as {
      pathToRegexp: (source: string) => RegExp;
    };
    const nextConfig = ((await import("@/next.config.js" as string)) as { default: unknown }).default;
    const rules = (
      await (nextConfig as { headers: () => Promise<{ source: string; headers: { key: string }[] }[]> }).headers()
    ).filter((rule) => rule.headers.some((header) => header.key === "Content-Security-Policy"));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(pathToRegexp(rule.source).test("/embed/commitments/some-slug.svg")).toBe(false);
    expect(pathToRegexp(rules[0]!.source).test("/en/commitments/some-slug")).toBe(true);
    expect(BADGE_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'/);
  });
});
