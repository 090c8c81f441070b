import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { openE2eDatabase } from "./support/fixtures";

const dataset = JSON.parse(readFileSync("prisma/seed/commitments.json", "utf8")) as {
  commitments: { slug: string; title: string }[];
};

test.describe("the overview and the seeded dataset", () => {
  test("the overview counts every seeded commitment and links numbers to the list behind them", async ({ page }) => {
    const db = openE2eDatabase();
    const published = await db.commitment.count({ where: { isPublished: true, isArchived: false } });
    await db.$disconnect();
    expect(published).toBeGreaterThanOrEqual(dataset.commitments.length);
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("overview-intro")).toContainText(`${published} commitments`);
    // Most commitments are not yet assessed: the overview says so and leads with what is known.
    await expect(page.getByTestId("early-state")).toBeVisible();
    await page.getByTestId("tally-adopted").click();
    await expect(page).toHaveURL(/\/commitments\?claim=ADOPTED/);
    await expect(page.getByTestId("result-count")).toContainText("commitments");
  });

  test("the list shows seeded commitments with what the government says and what the evidence shows", async ({
    page,
  }) => {
    await page.goto("/commitments?sort=title&per_page=100");
    const deathPenalty = dataset.commitments.find((c) => c.slug === "ratify-iccpr-second-optional-protocol");
    if (!deathPenalty) throw new Error("dataset lost the death-penalty commitment");
    const item = page.locator(`[data-slug="${deathPenalty.slug}"]`);
    await expect(item.getByRole("heading", { name: deathPenalty.title })).toBeVisible();
    await expect(item.getByText("Adopted", { exact: true })).toBeVisible();
    await expect(item.getByText("Not yet assessed", { exact: true })).toBeVisible();
  });

  test("has a header with the product name and navigation, a main landmark and a footer", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("banner")).toContainText("Uade");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page).toHaveTitle(/Uade/);
  });

  test("sends security headers and loads nothing from other sites", async ({ page }) => {
    const requestedHosts = new Set<string>();
    page.on("request", (request) => requestedHosts.add(new URL(request.url()).host));
    const response = await page.goto("/");
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-powered-by"]).toBeUndefined();
    expect([...requestedHosts]).toEqual([new URL(page.url()).host]);
  });
});

test("an unknown address gives a proper 404 page", async ({ page }) => {
  const response = await page.goto("/this-page-does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the list of commitments" }).click();
  await expect(page).toHaveURL(/\/commitments$/);
});
