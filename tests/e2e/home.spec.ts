import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";

const dataset = JSON.parse(readFileSync("prisma/seed/commitments.json", "utf8")) as {
  commitments: { slug: string; title: string }[];
};

test.describe("the public list of commitments", () => {
  test("shows every seeded commitment with what the government says and what the evidence shows", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();
    await expect(page.getByTestId("commitment-count")).toHaveText(`${dataset.commitments.length} commitments`);
    await expect(page.getByTestId("commitment-list").getByRole("listitem")).toHaveCount(dataset.commitments.length);

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

  test("sends security headers and no third-party resources", async ({ page }) => {
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
  await expect(page).toHaveURL(/\/$/);
});
