import { describe, expect, it } from "vitest";
import { buildAtomFeed } from "./atom";

// The characters XML 1.0 allows (its Char production); anything else makes the whole feed invalid.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe("Atom feeds", () => {
  it("attack: a title or justification stored with U+FFFE, U+FFFF, a lone surrogate or a control still gives valid XML", () => {
    const hostile = "Bad \uFFFE \uFFFF \uD800 \u0000 \u0001 🇰🇿 <b>&";
    const xml = buildAtomFeed({
      title: "Feed",
      subtitle: "All",
      selfUrl: "http://x/feed.xml",
      pageUrl: "http://x/",
      siteUrl: "http://x",
      changes: [
        {
          id: "c1",
          field: "ASSESSMENT",
          fromValue: "NOT_ASSESSED",
          toValue: "STALLED",
          effectiveOn: new Date("2026-01-01T00:00:00Z"),
          justification: hostile,
          recordedAt: new Date("2026-01-02T00:00:00Z"),
          commitment: { slug: "s", title: hostile },
          evidence: [{ evidence: { url: "https://example.org/\uFFFF", title: hostile } }],
        },
      ],
    });
    expect(NOT_XML_CHAR.exec(xml)).toBeNull();
    expect(xml).toContain("<title>\u2068Bad \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD 🇰🇿 &lt;b&gt;&amp;\u2069: ");
  });
});
