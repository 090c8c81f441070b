import { expect, test } from "./support/test";
import { buildSearchText } from "../../lib/search-text";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

// Issue 23, item 5: themes and affected groups read in the reader's language. UHRI's lists come
// translated with the migration; a name an import added reads as the file gave it, marked on the
// workspace page, until an editor translates it there.

const GROUP = `[FIXTURE] Nomadic herders ${Date.now()}`;
const GROUP_KK = "[ТЕСТ] Көшпелі малшылар";

async function recommendation() {
  const row = {
    mechanismCode: "CAT",
    cycle: `Fixture terms ${Date.now()}`,
    symbol: "CAT/C/KAZ/CO/8",
    paragraph: `${1 + (Date.now() % 9_000)}`,
    text: "[FIXTURE] The State party should protect journalists and herders.",
    affectedGroups: `Journalists; ${GROUP}`,
  };
  await e2eDb.vocabularyTerm.create({
    data: { kind: "AFFECTED_GROUP", key: GROUP.toLowerCase(), nameEn: GROUP, nameRu: "", nameKk: "", position: 1_000 },
  });
  return e2eDb.recommendation.create({
    data: {
      ...row,
      searchText: buildSearchText([row.symbol, row.paragraph, row.cycle, row.text]),
      themes: { create: [{ theme: "Freedom of opinion and expression" }] },
    },
  });
}

test.describe("themes and affected groups in the reader's language", () => {
  test("a Kazakh page shows Kazakh names, an untranslated one as given, and an editor's translation at once", async ({
    page,
    context,
  }) => {
    const item = await recommendation();
    await page.goto(`/kk/recommendations/${item.id}`);
    await expect(page.getByTestId("recommendation-themes")).toHaveText("Пікір және оны білдіру бостандығы");
    await expect(page.getByTestId("recommendation-groups")).toHaveText(`Журналистер; ${GROUP}`);
    await page.goto("/kk/recommendations");
    await expect(page.locator('select[name="theme"] option[value="Freedom of opinion and expression"]')).toContainText(
      "Пікір және оны білдіру бостандығы",
    );

    await signInBrowser(context, await createTestUser("EDITOR", "termseditor"));
    await page.goto("/en/manage/recommendations");
    await page.getByRole("link", { name: "Themes and affected groups in three languages" }).click();
    await expect(page).toHaveURL(/\/manage\/recommendations\/themes$/);
    const term = page.getByTestId("vocabulary-term").filter({ has: page.getByRole("heading", { name: GROUP }) });
    await expect(term.getByText("added by an import", { exact: true })).toBeVisible();
    await expect(term.getByText("not translated", { exact: true })).toBeVisible();
    await term.getByLabel("Kazakh name").fill(GROUP_KK);
    await term.getByLabel("Russian name").fill("[ТЕСТ] Кочевые скотоводы");
    await term.getByRole("button", { name: "Save the names" }).click();
    await expect(term.getByRole("status")).toHaveText("The names were saved.");
    await expect(term.getByText("not translated", { exact: true })).toHaveCount(0);
    expect(
      await e2eDb.auditEvent.count({
        where: { action: "vocabularyTerm.update", entityId: `AFFECTED_GROUP:${GROUP.toLowerCase()}` },
      }),
    ).toBe(1);

    await page.goto(`/kk/recommendations/${item.id}`);
    await expect(page.getByTestId("recommendation-groups")).toHaveText(`Журналистер; ${GROUP_KK}`);
  });

  test("a contributor sees the names but no form", async ({ page, context }) => {
    await signInBrowser(context, await createTestUser("CONTRIBUTOR", "termscontributor"));
    await page.goto("/en/manage/recommendations/themes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Themes and affected groups");
    await expect(page.getByText("Only editors can change the names.")).toBeVisible();
    await expect(page.getByText("Журналистер")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save the names" })).toHaveCount(0);
  });
});
