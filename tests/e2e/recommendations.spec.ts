import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "./support/test";
import { buildSearchText } from "../../lib/search-text";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";
import { textViaLibreOffice } from "./support/libreoffice";
import { uhriRows, uhriWorkbook } from "../support/uhri-workbook";

// The issue's "done when": an editor imports a fixture UHRI export of Kazakhstan's CAT review,
// links three recommendations to commitments (from both sides), and downloads the shadow report
// as XLSX and DOCX, which open in LibreOffice with the right rows in Russian.

const FIXTURE = path.resolve("tests/fixtures/recommendations/uhri-cat-kazakhstan.csv");
const SYMBOL = "CAT/C/KAZ/CO/4";
const CYCLE = "Fixture session 4";
const SHA = "ab".repeat(32);

async function createCommitment(suffix: string, name: string, assessment: "PARTIALLY_IMPLEMENTED" | "NOT_STARTED") {
  const title = `${name} ${suffix}`;
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `rec-${assessment.toLowerCase().replace(/_/g, "-")}-${suffix}`,
      title,
      summary: "Тестовое обязательство для проверки таблицы альтернативного доклада.",
      sourceLocale: "ru",
      category: "torture",
      responsibleBody: "government",
      officialClaim: "ADOPTED",
      claimSince: new Date("2024-01-10T00:00:00Z"),
      assessment,
      assessmentSince: new Date("2025-03-01T00:00:00Z"),
      isPublished: true,
      searchText: buildSearchText([title]),
    },
  });
  const evidence = await e2eDb.evidence.create({
    data: {
      commitmentId: commitment.id,
      url: `https://example.org/fixture-evidence-${suffix}`,
      title: `Доклад НПО ${suffix}`,
      kind: "NGO_REPORT",
    },
  });
  await e2eDb.evidenceCapture.create({
    data: {
      evidenceId: evidence.id,
      url: evidence.url,
      outcome: "CAPTURED",
      trigger: "save",
      sha256: SHA,
      capturedAt: new Date("2025-03-02T08:00:00Z"),
    },
  });
  await e2eDb.statusChange.create({
    data: {
      commitmentId: commitment.id,
      field: "ASSESSMENT",
      fromValue: "NOT_ASSESSED",
      toValue: assessment,
      effectiveOn: new Date("2025-03-01T00:00:00Z"),
      justification: `Обоснование оценки ${suffix}`,
      evidence: { create: [{ evidenceId: evidence.id }] },
    },
  });
  return { ...commitment, title };
}

async function linkFromCommitment(page: Page, commitmentId: string, words: string) {
  await page.goto(`/manage/commitments/${commitmentId}?rq=${encodeURIComponent(words)}`);
  const results = page.getByTestId("commitment-recommendations-results").getByRole("listitem");
  await expect(results).toHaveCount(1);
  await results.getByRole("button", { name: "Link" }).click();
  await expect(page.getByTestId("commitment-recommendations-linked")).toContainText(words);
}

async function download(page: Page, label: RegExp, directory: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: label }).click()]);
  const target = path.join(directory, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

test.describe("UN recommendations and the shadow report", () => {
  test("a UHRI export is imported, three recommendations linked, and the XLSX and DOCX open in LibreOffice in Russian", async ({
    page,
    context,
  }) => {
    test.setTimeout(300_000);
    const suffix = `${Date.now()}`;
    // Reruns against one database start from the fixture's rows absent (links go with them).
    await e2eDb.recommendation.deleteMany({ where: { symbol: SYMBOL, cycle: CYCLE } });
    const partly = await createCommitment(suffix, "Расследовать заявления о пытках", "PARTIALLY_IMPLEMENTED");
    const notStarted = await createCommitment(suffix, "Признать домашнее насилие преступлением", "NOT_STARTED");
    const editor = await createTestUser("EDITOR", "recommendations");
    await signInBrowser(context, editor);

    await page.goto("/manage/import");
    await page.getByLabel(/UN recommendations/).check();
    await page.getByLabel("CSV file").setInputFiles(FIXTURE);
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByTestId("import-summary")).toContainText("4 new recommendations");
    await expect(page.getByTestId("import-operations")).toContainText(
      "[FIXTURE] The State party should ensure that every allegation",
    );
    expect(await e2eDb.recommendation.count({ where: { symbol: SYMBOL, cycle: CYCLE } })).toBe(0);
    await page.getByRole("button", { name: /Apply 4/ }).click();
    await expect(page.getByTestId("import-applied")).toBeVisible();
    expect(await e2eDb.recommendation.count({ where: { symbol: SYMBOL, cycle: CYCLE } })).toBe(4);

    // Two links from the commitment's side, one from the recommendation's.
    await linkFromCommitment(page, partly.id, "every allegation of torture");
    await linkFromCommitment(page, partly.id, "Istanbul Protocol in all forensic");
    const violence = await e2eDb.recommendation.findFirstOrThrow({ where: { symbol: SYMBOL, paragraph: "20" } });
    await page.goto(`/manage/recommendations/${violence.id}?cq=${encodeURIComponent(notStarted.title)}`);
    await page.getByTestId("recommendation-commitments-results").getByRole("button", { name: "Link" }).click();
    await expect(page.getByTestId("recommendation-commitments-linked")).toContainText(notStarted.title);
    expect(await e2eDb.commitmentRecommendation.count({ where: { recommendation: { symbol: SYMBOL } } })).toBe(3);

    // The commitment's public page lists what it answers; the shadow page previews the table.
    await page.goto(`/ru/commitments/${partly.slug}`);
    await expect(page.getByTestId("commitment-recommendations")).toContainText(
      "[ТЕСТ] Государству-участнику следует обеспечить оперативное расследование",
    );
    await page.goto(`/ru/reports/shadow?mechanism=CAT&cycle=${encodeURIComponent(CYCLE)}`);
    const summary = page.getByTestId("mechanism-summary");
    await expect(summary.locator('tr[data-key="total"] td')).toHaveText("4");
    await expect(summary.locator('tr[data-key="linked"] td')).toHaveText("2");
    await expect(page.getByTestId("shadow-preview")).toContainText(partly.title);

    const directory = mkdtempSync(path.join(os.tmpdir(), "uade-shadow-"));
    try {
      const xlsx = await download(page, /Excel/, directory);
      const docx = await download(page, /Word/, directory);
      expect(path.basename(xlsx)).toMatch(/^uade-shadow-report-CAT-fixture-session-4-\d{4}-\d{2}-\d{2}\.xlsx$/);
      for (const file of [xlsx, docx]) {
        // Table cells wrap anywhere (a SHA-256 across three lines), so the text is compared without white space.
        const text = (await textViaLibreOffice(file)).replace(/\s+/g, "");
        // Russian headers and labels, the Russian translations (not the English originals), the
        // linked commitments with their status, justification and the evidence's SHA-256.
        for (const expected of [
          "Рекомендация",
          "Факты показывают",
          "[ТЕСТ] Государству-участнику следует обеспечить оперативное расследование",
          "[ТЕСТ] Государству-участнику следует признать домашнее насилие уголовным преступлением.",
          partly.title,
          notStarted.title,
          "Частично выполнено",
          `Обоснование оценки ${suffix}`,
          SHA,
        ]) {
          expect(text, `${path.extname(file)} shows ${expected}`).toContain(expected.replace(/\s+/g, ""));
        }
        expect(text).not.toContain("[FIXTURE]TheStatepartyshouldensure");
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

test.describe("recommendation pages in every language", () => {
  test("UHRI's own Excel export is uploaded as it is, previewed row by row and imported", async ({ page, context }) => {
    const suffix = `X${Date.now().toString(36).toUpperCase()}`;
    const directory = mkdtempSync(path.join(os.tmpdir(), "uade-uhri-"));
    try {
      const file = path.join(directory, "uhri-export.xlsx");
      writeFileSync(file, await uhriWorkbook(uhriRows(suffix)));
      await signInBrowser(context, await createTestUser("EDITOR", "uhriworkbook"));
      await page.goto("/manage/import");
      await page.getByLabel(/UN recommendations/).check();
      await page.getByLabel("CSV file").setInputFiles(file);
      await page.getByRole("button", { name: "Preview the import" }).click();
      await expect(page.getByTestId("import-summary")).toContainText("3 new recommendations");
      await expect(page.getByText("Read from the Excel workbook: sheet “Annotations”, 3 rows.")).toBeVisible();
      await expect(page.getByTestId("import-operations")).toContainText(`CAT/C/KAZ/CO/${suffix}`);
      const known = await e2eDb.sdgTarget.findUnique({ where: { code: "1.4" } });
      if (!known)
        await expect(page.getByTestId("import-new-sdg-targets")).toContainText(
          "1.4 Equal rights to economic resources",
        );
      await page.getByRole("button", { name: /Apply 3/ }).click();
      await expect(page.getByTestId("import-applied")).toBeVisible();
      const upr = await e2eDb.recommendation.findFirstOrThrow({
        where: { symbol: `A/HRC/${suffix}/10` },
        include: { sdgTargets: true },
      });
      expect(upr).toMatchObject({
        mechanismCode: "UPR",
        paragraph: "118.23",
        recommendingState: "Fixtureland; Testonia",
        response: "SUPPORTED",
      });
      expect(upr.sdgTargets.map((row) => row.targetCode)).toEqual(["1.4"]);
      // The public page names the new target by the title the export gave, in Russian too.
      await page.goto(`/ru/recommendations/${upr.id}`);
      await expect(page.getByText("Equal rights to economic resources")).toBeVisible();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test("the list, a record, a mechanism page and the shadow page answer in kk, ru and en", async ({ page }) => {
    const recommendation = await e2eDb.recommendation.create({
      data: {
        mechanismCode: "CAT",
        cycle: `Fixture languages ${Date.now()}`,
        symbol: "CAT/C/KAZ/CO/4",
        paragraph: String(900 + (Date.now() % 99)),
        text: "[FIXTURE] Language check.",
        textRu: "[ТЕСТ] Проверка языка.",
      },
    });
    const titles = { kk: "БҰҰ ұсынымдары", ru: "Рекомендации ООН", en: "UN recommendations" };
    for (const [locale, title] of Object.entries(titles)) {
      await page.goto(`/${locale}/recommendations?mechanism=CAT`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      for (const address of [
        `/${locale}/recommendations/${recommendation.id}`,
        `/${locale}/recommendations/mechanisms/CAT`,
        `/${locale}/reports/shadow?mechanism=CAT&cycle=${encodeURIComponent(recommendation.cycle)}`,
      ]) {
        const response = await page.goto(address);
        expect(response?.status(), address).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
      }
      // Russian has a translation; Kazakh and English show the original (English) text.
      await expect(page.getByTestId("shadow-preview")).toContainText(
        locale === "ru" ? "[ТЕСТ] Проверка языка." : "[FIXTURE] Language check.",
      );
    }
    await e2eDb.recommendation.delete({ where: { id: recommendation.id } });
  });
});

test.describe("recommendation list at any size (issues 24, 26)", () => {
  test("searches by stem and phrase, says when a page is past the end, and answers hostile text", async ({ page }) => {
    const word = `zq${Date.now().toString(36)}`;
    const created = await Promise.all(
      ["Искоренить применение пыток", "Расследовать заявления о пытках", "Prevent torture in custody"].map(
        (text, index) =>
          e2eDb.recommendation.create({
            data: {
              mechanismCode: "CAT",
              cycle: `Fixture scale ${word}`,
              symbol: "CAT/C/KAZ/CO/4",
              paragraph: String(800 + index) + String(Date.now() % 1000),
              text: `${text} ${word}`,
            },
          }),
      ),
    );
    await page.goto(`/ru/recommendations?q=${encodeURIComponent(`пытк ${word}`)}`);
    await expect(page.getByTestId("recommendation-list").getByRole("listitem")).toHaveCount(2);
    await page.goto(`/en/recommendations?q=${encodeURIComponent(`"prevent torture" ${word}`)}`);
    await expect(page.getByTestId("recommendation-list").getByRole("listitem")).toHaveCount(1);

    await page.goto(`/ru/recommendations?q=${word}&page=99`);
    await expect(page.getByTestId("recommendation-notice")).toContainText("Страницы 99 нет: в списке 1 страница.");
    await expect(page.getByTestId("recommendation-list").getByRole("listitem")).toHaveCount(0);
    await expect(page.getByText(/Страница 99 из/)).toHaveCount(0);
    await page.getByRole("link", { name: "Перейти на последнюю страницу" }).click();
    await expect(page.getByTestId("recommendation-list").getByRole("listitem")).toHaveCount(3);

    const hostile = '%"*NEAR-'.repeat(25);
    const response = await page.goto(`/en/recommendations?q=${encodeURIComponent(hostile)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("recommendation-notice")).toHaveText("Only the first 8 words were searched.");
    await page.goto(`/en/recommendations?q=${encodeURIComponent('%%% *** --- """')}`);
    await expect(page.getByTestId("recommendation-notice")).toContainText("Nothing to search for");
    const api = await page.request.get(`/api/v1/recommendations?q=${encodeURIComponent(`torture "unbalanced NEAR(`)}`);
    expect(api.status()).toBe(200);
    expect((await api.json()).meta).toMatchObject({ page: 1, per_page: 50, total_is_lower_bound: false });
    await e2eDb.recommendation.deleteMany({ where: { id: { in: created.map((row) => row.id) } } });
  });

  test("on a 360 px phone the filters fold behind one control and the list starts on the first screen", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/kk/recommendations?mechanism=CAT&response=NONE");
    const toggle = page.getByTestId("recommendation-filter-toggle");
    await expect(toggle.locator("summary")).toHaveText("Сүзгілер (таңдалғаны: 2)");
    await expect(page.getByTestId("recommendation-filters")).toBeHidden();
    const count = await page.getByTestId("recommendation-count").boundingBox();
    expect(count && count.y + count.height).toBeLessThan(740);
    await toggle.locator("summary").click();
    await expect(page.getByTestId("recommendation-filters")).toBeVisible();
    await expect(page.getByTestId("recommendation-filters").locator('select[name="mechanism"]')).toHaveValue("CAT");

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/en/recommendations");
    await expect(page.getByTestId("recommendation-filters")).toBeVisible();
    // Each value says how many recommendations carry it.
    await expect(
      page
        .getByTestId("recommendation-filters")
        .locator('select[name="mechanism"] option', { hasText: /^CAT: .* \(\d[\d,]*\)$/ }),
    ).toHaveCount(1);
  });
});
