import { describe, expect, it } from "vitest";
import { escapeXml, renderBadgeSvg, truncate } from "./badge";

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
});
