import { expect, test } from "./support/test";
import { e2eDb } from "./support/auth";

// Issue 26 "in the reader's language", in a real browser: Chromium has no Kazakh number data, so a
// number a client component formats must still be grouped the Kazakh way; a recommendation shown
// in its original language names the language instead of printing its code.

const suffix = `${Date.now()}`;

test("a Kazakh reader sees «5 000», not 5,000, in the correction form after it hydrates", async ({ page }) => {
  const title = `Kazakh numbers fixture ${suffix}`;
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `kazakh-numbers-${suffix}`,
      title,
      summary: "A fixture.",
      category: "torture",
      responsibleBody: "government",
      isPublished: true,
      searchText: title.toLowerCase(),
    },
  });
  await page.goto(`/kk/commitments/${commitment.slug}/correction`);
  await page.waitForLoadState("networkidle");
  const hint = page.locator("#correction-message-hint");
  await expect(hint).toHaveText("Ең көбі 5\u00a0000 таңба.");
  await expect(page.locator("body")).not.toContainText("5,000");
});

test("an English recommendation on a Kazakh and a Russian page names its language", async ({ page }) => {
  const recommendation = await e2eDb.recommendation.create({
    data: {
      mechanismCode: "CAT",
      cycle: `Fixture language names ${suffix}`,
      symbol: "CAT/C/KAZ/CO/4",
      paragraph: String(800 + (Date.now() % 99)),
      text: "[FIXTURE] Original only in English.",
    },
  });
  try {
    await page.goto(`/kk/recommendations/${recommendation.id}`);
    await expect(page.getByText("Түпнұсқа мәтін ағылшын тілінде; аудармасы әлі жоқ.")).toBeVisible();
    await page.goto(`/ru/recommendations/${recommendation.id}`);
    await expect(page.getByText("Оригинальный текст на английском языке; перевода пока нет.")).toBeVisible();
    await expect(page.locator("main")).not.toContainText("(en)");
  } finally {
    await e2eDb.recommendation.delete({ where: { id: recommendation.id } });
  }
});
