import { expect, test } from "./support/test";
import { createPublicFixtures, openE2eDatabase } from "./support/fixtures";

const suffix = `p${Date.now().toString(36)}`;
let fixtures: Awaited<ReturnType<typeof createPublicFixtures>>;

test.beforeAll(async () => {
  const db = openE2eDatabase();
  fixtures = await createPublicFixtures(db, suffix);
  await db.$disconnect();
});

test.describe("browsing", () => {
  test("filters live in the URL, work as a plain form, and the back button restores them", async ({ page }) => {
    await page.goto("/commitments");
    // The search term keeps other specs' fixtures (same theme, same assessment) out of the count.
    await page.getByLabel("Search").fill(suffix);
    await page.getByLabel("Evidence shows").selectOption("PARTIALLY_IMPLEMENTED");
    await page.getByLabel("Theme").selectOption("civic-freedoms");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/assessment=PARTIALLY_IMPLEMENTED/);
    await expect(page).toHaveURL(/category=civic-freedoms/);
    await expect(page).toHaveURL(new RegExp(`q=${suffix}`));
    await expect(page.locator(`[data-slug="${fixtures.published.slug}"]`)).toBeVisible();
    await expect(page.getByTestId("commitment-list").getByRole("listitem")).toHaveCount(1);

    await page.getByLabel("Evidence shows").selectOption("REVERSED");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("No commitment matches these filters.")).toBeVisible();
    await page.goBack();
    await expect(page.locator(`[data-slug="${fixtures.published.slug}"]`)).toBeVisible();
    await expect(page.getByLabel("Evidence shows")).toHaveValue("PARTIALLY_IMPLEMENTED");
  });

  test("search is case-insensitive in Cyrillic: қазақстан finds ҚАЗАҚСТАН", async ({ page }) => {
    await page.goto("/commitments");
    await page.getByLabel("Search").fill(`қазақстан journalists ${suffix}`);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.locator(`[data-slug="${fixtures.published.slug}"]`)).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(/^1 commitment/);
  });

  test("an empty result says so and offers to clear the filters", async ({ page }) => {
    await page.goto("/commitments?q=no-such-words-anywhere");
    await expect(page.getByText("No commitment matches these filters.")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Clear all filters" }).last().click();
    await expect(page).toHaveURL(/\/commitments$/);
    await expect(page.getByTestId("commitment-list")).toBeVisible();
  });

  test("the list is paginated", async ({ page }) => {
    await page.goto("/commitments?sort=title");
    await expect(page.getByTestId("commitment-list").getByRole("listitem")).toHaveCount(25);
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("result-count")).toContainText("Page 2 of");
  });
});

test("a commitment page shows both statuses, the timeline, the evidence, the quotes and a citation", async ({
  page,
}) => {
  await page.goto("/commitments");
  await page.getByLabel("Search").fill(suffix);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.getByRole("link", { name: fixtures.title }).click();
  await expect(page).toHaveURL(new RegExp(`/commitments/${fixtures.published.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixtures.title);
  const panel = page.getByTestId("status-panel");
  await expect(panel).toContainText("Adopted");
  await expect(panel).toContainText("Partially implemented");
  await expect(panel).toContainText("since March 1, 2025");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("Assessment: Not yet assessed → Partially implemented");
  await expect(timeline).toContainText(`Law amended but prosecutions continue ${suffix}`);
  const evidenceLink = page.getByTestId("evidence-list").getByRole("link", { name: `UN review ${suffix}` });
  await expect(evidenceLink).toHaveAttribute("href", "https://www.ohchr.org/en/documents/fixture");
  await expect(evidenceLink).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(page.getByTestId("quote-list")).toContainText(fixtures.quote);
  await expect(page.getByTestId("quote-list")).toContainText("A. Speaker");
  await expect(page.getByTestId("cite-this")).toContainText(`/commitments/${fixtures.published.slug}`);
  await expect(page.locator('link[type="application/atom+xml"]').first()).toHaveAttribute(
    "href",
    /feed\.xml\?lang=en$/,
  );
  // Isolated (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE) so a bidi override in a title stays inside it.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `\u2068${fixtures.title}\u2069`);
});

test.describe("drafts never leak", () => {
  test("absent from the list, the search and the overview's latest changes", async ({ page }) => {
    await page.goto(`/commitments?q=${encodeURIComponent(fixtures.draft.title)}`);
    await expect(page.getByText("No commitment matches these filters.")).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("main")).not.toContainText(fixtures.draft.title);
  });

  test("its page is a 404", async ({ page }) => {
    const response = await page.goto(`/commitments/${fixtures.draft.slug}`);
    expect(response?.status()).toBe(404);
    const feed = await page.request.get(`/commitments/${fixtures.draft.slug}/feed.xml`);
    expect(feed.status()).toBe(404);
  });

  test("absent from CSV, JSON, feed and sitemap", async ({ request }) => {
    const bodies = await Promise.all(
      [
        "/export/commitments.csv",
        "/export/history.csv",
        "/api/v1/commitments?per_page=100",
        "/feed.xml",
        "/sitemap.xml",
      ].map(async (path) => {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        return { path, text: await response.text() };
      }),
    );
    for (const { path, text } of bodies) {
      expect(text, path).not.toContain(fixtures.draft.slug);
      expect(text, path).not.toContain(`Draft change ${suffix}`);
    }
    const json = await request.get(`/api/v1/commitments/${fixtures.draft.slug}`);
    expect(json.status()).toBe(404);
    // The published fixture is there, so the checks above looked at real content.
    expect(bodies.find((b) => b.path === "/sitemap.xml")?.text).toContain(fixtures.published.slug);
    expect(bodies.find((b) => b.path === "/sitemap.xml")?.text).toMatch(/\/recommendations<\/loc>/);
    expect(bodies.find((b) => b.path === "/feed.xml")?.text).toContain(
      `Law amended but prosecutions continue ${suffix}`,
    );
  });
});

test.describe("open data", () => {
  test("the CSV starts with a BOM, is dated, honours filters, and neutralises a formula-like title", async ({
    request,
  }) => {
    const response = await request.get(`/export/commitments.csv?q=${suffix}`);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="uade-commitments-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]).toMatch(/^slug,title,category,/);
    expect(lines).toHaveLength(2);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"") Protect ҚАЗАҚСТАН journalists ${suffix}"`);
    expect(text).not.toMatch(/,=HYPERLINK/);
  });

  test("the history CSV has one row per public status change", async ({ request }) => {
    const text = (await (await request.get("/export/history.csv")).body()).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`Law amended but prosecutions continue ${suffix}`);
    expect(text).toContain("https://www.ohchr.org/en/documents/fixture");
  });

  test("the JSON API lists, filters and paginates; the record endpoint carries history, evidence and quotes", async ({
    request,
  }) => {
    const list = await (await request.get(`/api/v1/commitments?q=${suffix}`)).json();
    expect(list.meta).toMatchObject({ total: 1, page: 1 });
    expect(list.data[0]).toMatchObject({
      slug: fixtures.published.slug,
      assessment: "PARTIALLY_IMPLEMENTED",
      assessment_label: "Partially implemented",
    });
    const detail = await (await request.get(`/api/v1/commitments/${fixtures.published.slug}`)).json();
    expect(detail.data.history[0]).toMatchObject({
      field: "ASSESSMENT",
      to: "PARTIALLY_IMPLEMENTED",
      effective_on: "2025-03-01",
    });
    expect(detail.data.evidence[0].url).toBe("https://www.ohchr.org/en/documents/fixture");
    expect(detail.data.quotes[0].text).toBe(fixtures.quote);
    const bad = await request.get("/api/v1/commitments?assessment=NOPE");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.details[0]).toMatch(/^assessment:/);
  });

  test("the feeds are well-formed Atom", async ({ page, request }) => {
    await page.goto("/");
    for (const path of ["/feed.xml", `/commitments/${fixtures.published.slug}/feed.xml`]) {
      const response = await request.get(path);
      expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      const result = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "application/xml");
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: doc.documentElement.localName,
          entries: doc.getElementsByTagName("entry").length,
        };
      }, xml);
      expect(result.error, path).toBeNull();
      expect(result.root, path).toBe("feed");
      expect(result.entries, path).toBeGreaterThan(0);
    }
  });

  test("robots.txt keeps crawlers out of the workspace and points to the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toContain("Disallow: /manage");
    expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
});
