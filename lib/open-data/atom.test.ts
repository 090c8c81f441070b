import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "@/lib/calendar";
import { buildAtomFeed, type FeedChange } from "./atom";

const change: FeedChange = {
  id: "c1",
  field: "ASSESSMENT",
  fromValue: "NOT_ASSESSED",
  toValue: "STALLED",
  effectiveOn: parseCalendarDate("2026-12-01"),
  justification: "Законопроект не внесён.",
  recordedAt: new Date("2026-12-01T19:30:00Z"),
  commitment: {
    slug: "ratify",
    title: "Ratify the Second Optional Protocol",
    summary: "s",
    sourceLocale: "en",
    translations: [
      { locale: "kk", title: "Екінші факультативтік хаттаманы ратификациялау", summary: "s" },
      { locale: "ru", title: "Ратифицировать Второй факультативный протокол", summary: "s" },
    ],
  },
  evidence: [],
};

const feed = (locale: "kk" | "ru" | "en", changes: FeedChange[]) =>
  buildAtomFeed({
    locale,
    words: {
      title: `title-${locale}`,
      subtitle: `subtitle-${locale}`,
      author: "Uade",
      effective: (date) => `from ${date}`,
    },
    selfUrl: "https://uade.example/feed.xml",
    pageUrl: `https://uade.example/${locale}`,
    siteUrl: "https://uade.example",
    changes,
    emptyUpdated: new Date("2026-12-01T20:00:00Z"),
  });

describe("an Atom feed in one language", () => {
  it("says everything in Kazakh for a Kazakh feed: labels, the commitment's title, the date and the page link", () => {
    const xml = feed("kk", [change]);
    expect(xml).toContain('xml:lang="kk"');
    expect(xml).toContain("<title>title-kk</title>");
    expect(xml).toContain(
      "\u2068Екінші факультативтік хаттаманы ратификациялау\u2069: Бағалау: Әлі бағаланбаған → Тоқтап қалды",
    );
    expect(xml).toContain("2026 ж. 1 желтоқсан");
    expect(xml).toContain('href="https://uade.example/kk/commitments/ratify"');
    expect(xml).not.toMatch(/Assessment|Not yet assessed|Stalled|effective 2026/);
  });

  it("says everything in Russian for a Russian feed", () => {
    const xml = feed("ru", [change]);
    expect(xml).toContain(
      "\u2068Ратифицировать Второй факультативный протокол\u2069: Оценка: Ещё не оценено → Застопорилось",
    );
    expect(xml).toContain("1 декабря 2026");
    expect(xml).not.toMatch(/Assessment|Stalled/);
  });

  it("dates an empty feed now, not 1970, and a full one by its newest change", () => {
    expect(feed("en", [])).toContain("<updated>2026-12-01T20:00:00.000Z</updated>");
    expect(feed("en", [])).not.toContain("1970");
    expect(feed("en", [change])).toContain("<updated>2026-12-01T19:30:00.000Z</updated>");
  });
});

// The characters XML 1.0 allows (its Char production); anything else makes the whole feed invalid.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe("Atom feeds and hostile text", () => {
  it("attack: a title or justification stored with U+FFFE, U+FFFF, a lone surrogate or a control still gives valid XML", () => {
    const hostile = "Bad \uFFFE \uFFFF \uD800 \u0000 \u0001 🇰🇿 <b>&";
    const xml = feed("en", [
      {
        ...change,
        justification: hostile,
        commitment: { slug: "s", title: hostile, summary: "s", sourceLocale: "en", translations: [] },
        evidence: [{ evidence: { url: "https://example.org/\uFFFF", title: hostile } }],
      },
    ]);
    expect(NOT_XML_CHAR.exec(xml)).toBeNull();
    expect(xml).toContain("<title>\u2068Bad \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD 🇰🇿 &lt;b&gt;&amp;\u2069: ");
  });
});
