import { describe, expect, it } from "vitest";
import { normaliseCacheableUrl } from "./routes";
import { hasSessionCookie, isPersonalPath } from "./policy";

describe("cache keys", () => {
  it("share one entry for the same parameters in any order, without unknown ones", () => {
    expect(normaliseCacheableUrl("/ru/commitments?b=2&sort=title&category=torture&utm=x")).toBe(
      "/ru/commitments?category=torture&sort=title",
    );
    expect(normaliseCacheableUrl("/ru/commitments?category=torture&sort=title")).toBe(
      "/ru/commitments?category=torture&sort=title",
    );
    expect(normaliseCacheableUrl("/ru?q=anything")).toBe("/ru");
  });

  it("keep the order of a repeated parameter's values, which the renderer reads as given", () => {
    expect(normaliseCacheableUrl("/api/v1/commitments?page=2&assessment=STALLED&assessment=REVERSED")).toBe(
      "/api/v1/commitments?assessment=STALLED&assessment=REVERSED&page=2",
    );
  });

  it("keep the reason filter of the changes report, page and CSV alike", () => {
    expect(
      normaliseCacheableUrl("/en/reports/changes?to=2025-12-31&reason=law_adopted&utm=x&from=2025-01-01&reason=other"),
    ).toBe("/en/reports/changes?from=2025-01-01&reason=law_adopted&reason=other&to=2025-12-31");
    expect(normaliseCacheableUrl("/reports/changes.csv?reason=law_amended&lang=ru&x=1")).toBe(
      "/reports/changes.csv?lang=ru&reason=law_amended",
    );
  });

  it("turn bad percent-encoding into a well-formed query", () => {
    expect(normaliseCacheableUrl("/export/commitments.csv?q=%FF%&lang=%E0%A4%A")).toBe(
      "/export/commitments.csv?lang=%EF%BF%BD%25A&q=%EF%BF%BD%25",
    );
  });

  it("cover public pages in every language and data addresses, and nothing else", () => {
    for (const url of [
      "/kk",
      "/en/commitments/ratify-opcat",
      "/ru/reports/changes",
      "/feed.xml",
      "/commitments/ratify-opcat/feed.xml",
      "/sitemap.xml",
      "/reports/summary.csv",
      "/api/v1/commitments/x-1",
    ]) {
      expect(normaliseCacheableUrl(url), url).toBe(url);
    }
    for (const url of [
      "/",
      "/commitments",
      "/de/commitments",
      "/en/commitments/Bad_Slug",
      "/en/commitments/%FF",
      "/en//commitments",
      "/en/commitments/../manage",
      "/manage",
      "/_next/static/x.js",
      "/en/manage",
      `/en/commitments?q=${"a".repeat(3_000)}`,
    ]) {
      expect(normaliseCacheableUrl(url), url).toBeNull();
    }
  });
});

describe("recommendation addresses", () => {
  it("cover the recommendation pages, the shadow report and its downloads, keeping only their parameters", () => {
    for (const url of [
      "/ru/recommendations",
      "/kk/recommendations/cm1abc",
      "/en/recommendations/mechanisms/CAT",
      "/ru/reports/shadow",
      "/reports/shadow.xlsx",
      "/reports/shadow.docx",
      "/reports/shadow.csv",
      "/api/v1/recommendations",
    ]) {
      expect(normaliseCacheableUrl(url), url).toBe(url);
    }
    expect(normaliseCacheableUrl("/reports/shadow.xlsx?utm=1&lang=ru&cycle=4&mechanism=CAT")).toBe(
      "/reports/shadow.xlsx?cycle=4&lang=ru&mechanism=CAT",
    );
    expect(normaliseCacheableUrl("/ru/recommendations?sdg=16.3&x=1&mechanism=CAT")).toBe(
      "/ru/recommendations?mechanism=CAT&sdg=16.3",
    );
    expect(normaliseCacheableUrl("/ru/recommendations/mechanisms/cat")).toBeNull();
    expect(normaliseCacheableUrl("/ru/recommendations/mechanisms/UPR?page=2&x=1&cycle=4th")).toBe(
      "/ru/recommendations/mechanisms/UPR?cycle=4th&page=2",
    );
  });
});

describe("what is personal", () => {
  it("is the workspace, its API, next-auth and sign-in, in any language", () => {
    expect(
      ["/manage", "/manage/users", "/api/manage/x", "/api/auth/session", "/login", "/kk/login", "/ru/manage"].every(
        isPersonalPath,
      ),
    ).toBe(true);
    expect(["/ru", "/ru/commitments", "/managers", "/loginx", "/api/v1/commitments"].some(isPersonalPath)).toBe(false);
  });

  it("includes the per-person follow, confirm and unsubscribe pages and their form handlers, which are never cacheable", () => {
    const personal = [
      "/ru/follow",
      "/kk/follow?commitment=x",
      "/en/follow/confirm",
      "/ru/unsubscribe",
      "/api/notifications/unsubscribe",
      "/api/notifications/follow",
    ];
    expect(personal.filter((path) => !isPersonalPath(path.split("?")[0]!))).toEqual([]);
    expect(
      personal.map((path) => normaliseCacheableUrl(`${path}${path.includes("?") ? "&" : "?"}token=${"a".repeat(43)}`)),
    ).toEqual(personal.map(() => null));
    expect(["/ru/followers", "/unsubscribed"].some(isPersonalPath)).toBe(false);
  });

  it("includes any request carrying a next-auth cookie", () => {
    expect(hasSessionCookie({ cookie: "uade_locale=ru; __Secure-next-auth.session-token=x" })).toBe(true);
    expect(hasSessionCookie({ cookie: "next-auth.csrf-token=y" })).toBe(true);
    expect(hasSessionCookie({ cookie: "uade_locale=ru; not-next-auth=1" })).toBe(false);
    expect(hasSessionCookie({})).toBe(false);
  });
});
