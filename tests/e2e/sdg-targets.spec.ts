import { expect, test } from "./support/test";
import { buildSearchText } from "../../lib/search-text";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

// Issue 17 follow-up: an import adds SDG targets with only the English title the file gives; an
// editor translates them on /manage/recommendations/sdg-targets and the public pages show the
// translation at once (through the response cache). A contributor sees the list but no form.

const TITLE_EN = "[FIXTURE] Enhance policy coherence for sustainable development";
const TITLE_RU = "[ТЕСТ] Повысить согласованность политики в интересах устойчивого развития";
const TITLE_KK = "[ТЕСТ] Тұрақты даму мүддесінде саясаттың үйлесімділігін арттыру";

/** A target as an import adds it (position 1000 and up, no Russian or Kazakh title), tagged on a new recommendation. */
async function importedTarget(code: string) {
  const target = await e2eDb.sdgTarget.upsert({
    where: { code },
    create: { code, goal: Number(code.split(".")[0]), titleEn: TITLE_EN, titleRu: "", titleKk: "", position: 1_100 },
    update: { titleEn: TITLE_EN, titleRu: "", titleKk: "", position: 1_100 },
  });
  const row = {
    mechanismCode: "CAT",
    cycle: `Fixture SDG ${code} ${Date.now()}`,
    symbol: "CAT/C/KAZ/CO/7",
    paragraph: `${1 + (Date.now() % 9_000)}`,
    text: `[FIXTURE] SDG ${code}: the State party should act.`,
  };
  const recommendation = await e2eDb.recommendation.create({
    data: {
      ...row,
      searchText: buildSearchText([row.symbol, row.paragraph, row.cycle, row.text]),
      sdgTargets: { create: [{ targetCode: target.code }] },
    },
  });
  return { target, recommendation };
}

const untranslated = () => e2eDb.sdgTarget.count({ where: { OR: [{ titleRu: "" }, { titleKk: "" }] } });

test.describe("translating SDG target titles", () => {
  test("an editor translates an imported target and the public Russian page shows its Russian title at once", async ({
    page,
    context,
  }) => {
    const { target, recommendation } = await importedTarget("17.14");
    // The public page is read (and cached) before the translation: English, the only title there is.
    await page.goto(`/ru/recommendations/${recommendation.id}`);
    await expect(page.getByText(TITLE_EN)).toBeVisible();

    await signInBrowser(context, await createTestUser("EDITOR", "sdgeditor"));
    await page.goto("/en/manage/recommendations");
    await page.getByRole("link", { name: "SDG targets and their titles in three languages" }).click();
    await expect(page).toHaveURL(/\/manage\/recommendations\/sdg-targets$/);
    const count = await untranslated();
    expect(count).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId("sdg-untranslated-count")).toHaveText(
      `${count} ${count === 1 ? "target lacks" : "targets lack"} a Russian or Kazakh title.`,
    );

    // The untranslated ones are listed at the top, each a link to its form.
    await page.getByTestId("sdg-untranslated-links").getByRole("link", { name: target.code, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#target-${target.code.replace(".", "\\.")}$`));
    const item = page.getByTestId(`sdg-target-${target.code}`);
    await expect(item.getByRole("heading")).toContainText(`Target ${target.code}`);
    await expect(item.getByText("added by an import", { exact: true })).toBeVisible();
    await expect(item.getByText("not translated", { exact: true })).toBeVisible();
    await expect(page.getByTestId("sdg-target-16.3").getByText("official", { exact: true })).toBeVisible();
    await expect(page.getByTestId("sdg-target-16.3").getByText("not translated", { exact: true })).toHaveCount(0);

    await expect(item.getByLabel("English title")).toHaveValue(TITLE_EN);
    await item.getByLabel("Russian title").fill(TITLE_RU);
    await item.getByLabel("Kazakh title").fill(TITLE_KK);
    await item.getByRole("button", { name: "Save the titles" }).click();
    await expect(item.getByRole("status")).toHaveText("The titles were saved.");
    expect(await e2eDb.sdgTarget.findUniqueOrThrow({ where: { code: target.code } })).toMatchObject({
      titleEn: TITLE_EN,
      titleRu: TITLE_RU,
      titleKk: TITLE_KK,
    });
    await expect(item.getByText("not translated", { exact: true })).toHaveCount(0);
    await expect(
      page.getByTestId("sdg-untranslated-links").getByRole("link", { name: target.code, exact: true }),
    ).toHaveCount(0);
    await expect(page.getByTestId("sdg-untranslated-count")).toHaveText(
      count - 1 === 0
        ? "Every target has a Russian and a Kazakh title."
        : `${count - 1} ${count - 1 === 1 ? "target lacks" : "targets lack"} a Russian or Kazakh title.`,
    );
    expect(await e2eDb.auditEvent.count({ where: { action: "sdgTarget.update", entityId: target.code } })).toBe(1);

    await page.goto(`/ru/recommendations/${recommendation.id}`);
    await expect(page.getByText(TITLE_RU)).toBeVisible();
    await expect(page.getByText(TITLE_EN)).toHaveCount(0);
    await page.goto(`/kk/recommendations/${recommendation.id}`);
    await expect(page.getByText(TITLE_KK)).toBeVisible();
  });

  test("a save over someone else's is refused with what to do, and writes nothing", async ({ page, context }) => {
    const { target } = await importedTarget("17.15");
    await signInBrowser(context, await createTestUser("EDITOR", "sdgstale"));
    await page.goto("/en/manage/recommendations/sdg-targets");
    const item = page.getByTestId(`sdg-target-${target.code}`);
    await expect(item.getByLabel("Russian title")).toHaveValue("");
    // Someone else saves a translation while the page is open.
    await e2eDb.sdgTarget.update({ where: { code: target.code }, data: { titleRu: "[ТЕСТ] Чужой перевод" } });
    await item.getByLabel("Russian title").fill(TITLE_RU);
    await item.getByRole("button", { name: "Save the titles" }).click();
    await expect(item.getByRole("alert")).toContainText("Someone changed this target since you opened the page");
    await expect(item.getByLabel("Russian title")).toHaveValue(TITLE_RU);
    expect((await e2eDb.sdgTarget.findUniqueOrThrow({ where: { code: target.code } })).titleRu).toBe(
      "[ТЕСТ] Чужой перевод",
    );
  });

  test("a contributor sees every target and its titles but no form", async ({ page, context }) => {
    const { target } = await importedTarget("17.16");
    await signInBrowser(context, await createTestUser("CONTRIBUTOR", "sdgcontributor"));
    await page.goto("/en/manage/recommendations/sdg-targets");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SDG targets");
    await expect(page.getByTestId("sdg-untranslated-count")).toBeVisible();
    const item = page.getByTestId(`sdg-target-${target.code}`);
    await expect(item.getByText(TITLE_EN)).toBeVisible();
    await expect(item.getByText("not translated", { exact: true })).toBeVisible();
    await expect(page.getByText("Only editors can change the titles.")).toBeVisible();
    await expect(page.getByTestId("sdg-targets").getByRole("textbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save the titles" })).toHaveCount(0);
  });
});
