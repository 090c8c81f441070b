import { expect, fillBeforeHydration, test } from "./support/test";
import { buildSearchText } from "../../lib/search-text";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

// Issue 17 follow-up: an editor corrects an imported recommendation (the public page shows it at
// once, through the response cache) or deletes one after confirming; a contributor sees neither form.

let created = 0;

async function createRecommendation(label: string) {
  created += 1;
  const paragraph = `${1 + (Date.now() % 9_000)}.${created}`;
  const row = {
    mechanismCode: "CAT",
    cycle: `Fixture edit ${label} ${Date.now()}`,
    symbol: "CAT/C/KAZ/CO/8",
    paragraph,
    text: `[FIXTURE] ${label}: the State party should act.`,
    textRu: `[ТЕСТ] ${label}: Государство-учасник должно действовать.`,
  };
  return e2eDb.recommendation.create({
    data: {
      ...row,
      themes: { create: [{ theme: "Torture" }] },
      searchText: buildSearchText([row.symbol, row.paragraph, row.cycle, row.text, row.textRu, "Torture"]),
    },
  });
}

test.describe("correcting and deleting a UN recommendation", () => {
  test("an editor corrects the Russian translation and the public Russian page shows it at once", async ({
    page,
    context,
  }) => {
    const recommendation = await createRecommendation("Edit");
    const corrected = "[ТЕСТ] Edit: Государство-участник должно действовать.";
    // The public page is read (and cached) before the correction.
    await page.goto(`/ru/recommendations/${recommendation.id}`);
    await expect(page.getByTestId("recommendation-text").first()).toHaveText(recommendation.textRu ?? "");

    await signInBrowser(context, await createTestUser("EDITOR", "recedit"));
    // Reading the Russian page made Russian the reader's language; the workspace is opened in English.
    await page.goto(`/en/manage/recommendations/${recommendation.id}`);
    const form = page.getByTestId("recommendation-edit");
    await form.getByLabel("Russian translation", { exact: true }).fill(corrected);
    await form.getByRole("button", { name: "Save the recommendation" }).click();
    await expect(form.getByRole("status")).toHaveText("The recommendation was saved.");
    expect((await e2eDb.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).textRu).toBe(corrected);
    // The saved form shows the saved values (and may be saved again: it carries the new version).
    await expect(form.getByLabel("Russian translation", { exact: true })).toHaveValue(corrected);

    await page.goto(`/ru/recommendations/${recommendation.id}`);
    await expect(page.getByTestId("recommendation-text").first()).toHaveText(corrected);
    await expect(page.getByText("Государство-учасник")).toHaveCount(0);
  });

  test("text typed before the page's scripts arrive is kept when the form hydrates (a slow connection)", async ({
    page,
    context,
  }) => {
    const recommendation = await createRecommendation("Early");
    const typed = "[ТЕСТ] Early: Государство-участник должно действовать немедленно.";
    await signInBrowser(context, await createTestUser("EDITOR", "recearly"));
    // Hold the page's JavaScript until the person has typed: the form is the server's HTML alone.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/**/*.js", async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`/en/manage/recommendations/${recommendation.id}`, { waitUntil: "domcontentloaded" });
    const field = page.getByTestId("recommendation-edit").getByLabel("Russian translation", { exact: true });
    await fillBeforeHydration(field, typed);
    await expect(field).not.toHaveAttribute("data-hydrated", "true");
    release();

    // React resets a hydrating textarea to the server's text; the typed text is put back at once.
    await expect(field).toHaveAttribute("data-hydrated", "true");
    await expect(field).toHaveValue(typed);
    await expect(page.getByTestId("rec-textRu-count")).toHaveText(`${typed.length} of 10,000 characters`);
    const form = page.getByTestId("recommendation-edit");
    await form.getByRole("button", { name: "Save the recommendation" }).click();
    await expect(form.getByRole("status")).toHaveText("The recommendation was saved.");
    expect((await e2eDb.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).textRu).toBe(typed);
  });

  test("an unsafe source link is refused beside the field and the input is kept", async ({ page, context }) => {
    const recommendation = await createRecommendation("Unsafe");
    await signInBrowser(context, await createTestUser("EDITOR", "recunsafe"));
    await page.goto(`/manage/recommendations/${recommendation.id}`);
    const form = page.getByTestId("recommendation-edit");
    await form.getByLabel("Kazakh translation", { exact: true }).fill("[ТЕСТ] Қазақша аударма.");
    await form.getByLabel("Source document (web address)").fill("javascript:alert(1)");
    await form.getByRole("button", { name: "Save the recommendation" }).click();
    await expect(form.getByText("Use a web address that starts with http:// or https://")).toBeVisible();
    await expect(form.getByLabel("Kazakh translation", { exact: true })).toHaveValue("[ТЕСТ] Қазақша аударма.");
    expect((await e2eDb.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).sourceUrl).toBeNull();
  });

  test("an editor deletes a recommendation only after ticking that its links go too", async ({ page, context }) => {
    const recommendation = await createRecommendation("Delete");
    const commitment = await e2eDb.commitment.findFirstOrThrow({ select: { id: true } });
    await e2eDb.commitmentRecommendation.create({
      data: { commitmentId: commitment.id, recommendationId: recommendation.id },
    });
    await signInBrowser(context, await createTestUser("EDITOR", "recdelete"));
    await page.goto(`/manage/recommendations/${recommendation.id}`);
    const form = page.getByTestId("recommendation-delete");

    await form.getByRole("button", { name: "Delete the recommendation" }).click();
    await expect(form.getByText("Tick the box to confirm that the links are removed too.")).toBeVisible();
    expect(await e2eDb.recommendation.count({ where: { id: recommendation.id } })).toBe(1);

    await form.getByLabel("I understand the links to 1 commitment are removed too.").check();
    await form.getByRole("button", { name: "Delete the recommendation" }).click();
    await expect(page).toHaveURL(/\/manage\/recommendations\?deleted=1$/);
    await expect(page.getByTestId("recommendation-deleted")).toHaveText(
      "The recommendation was deleted, with its links. The audit log keeps a copy of it.",
    );
    expect(await e2eDb.recommendation.count({ where: { id: recommendation.id } })).toBe(0);
    expect(await e2eDb.commitmentRecommendation.count({ where: { recommendationId: recommendation.id } })).toBe(0);
    const audit = await e2eDb.auditEvent.findFirstOrThrow({
      where: { action: "recommendation.delete", entityId: recommendation.id },
    });
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({
      recommendation: { symbol: recommendation.symbol, textRu: recommendation.textRu },
      links: [{ commitmentId: commitment.id }],
    });
    expect((await page.goto(`/en/recommendations/${recommendation.id}`))?.status()).toBe(404);
  });

  test("a contributor sees the recommendation but neither the correction nor the deletion form", async ({
    page,
    context,
  }) => {
    const recommendation = await createRecommendation("Contributor");
    await signInBrowser(context, await createTestUser("CONTRIBUTOR", "reccontributor"));
    await page.goto(`/manage/recommendations/${recommendation.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(recommendation.paragraph);
    await expect(page.getByTestId("recommendation-edit")).toHaveCount(0);
    await expect(page.getByTestId("recommendation-delete")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Save the recommendation|Delete the recommendation/ })).toHaveCount(
      0,
    );
    // Nor the link panel's buttons and search: the server would refuse them.
    await expect(page.getByTestId("recommendation-commitments")).toBeVisible();
    await expect(page.getByTestId("recommendation-commitments").getByRole("button")).toHaveCount(0);
    await expect(page.getByTestId("recommendation-commitments").getByRole("search")).toHaveCount(0);
  });
});
