import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "./support/test";
import { buildSearchText } from "../../lib/search-text";
import { createTestUser, signInBrowser } from "./support/auth";
import { createPublicFixtures, openE2eDatabase } from "./support/fixtures";
import { textViaLibreOffice } from "./support/libreoffice";
import { startSecondServer, type SecondServer } from "./support/second-server";

// Issue 26: every reader finds the recommendations and the shadow report, on a 360 px phone as on a
// 1280 px screen, in their language; the shadow report's documents are ready to submit.

const suffix = `rf${Date.now().toString(36)}`;
/** A 30-letter Kazakh word («декриминализациялау…») that has no place to break. */
const LONG_WORD = "декриминализациялауыныңқажеттілігі";
/** A 300-character URL in a justification. */
const LONG_URL = `https://example.org/${"a".repeat(150)}/${"b".repeat(120)}?q=${"c".repeat(15)}`;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const ORGANISATION = "Kazakhstan Bureau for Human Rights";
const SITE = "https://uade.example.org";

let slug = "";
let recommendationId = "";

test.beforeAll(async () => {
  expect(LONG_WORD.length).toBeGreaterThanOrEqual(30);
  expect(LONG_URL.length).toBeGreaterThanOrEqual(300);
  const db = openE2eDatabase();
  await createPublicFixtures(db, suffix);
  const title = `Decriminalise defamation ${suffix}`;
  const commitment = await db.commitment.create({
    data: {
      slug: `long-words-${suffix}`,
      title,
      summary: "Move defamation out of the Criminal Code.",
      category: "civic-freedoms",
      responsibleBody: "government",
      officialClaim: "ADOPTED",
      assessment: "PARTIALLY_IMPLEMENTED",
      assessmentSince: new Date("2025-05-01T00:00:00Z"),
      isPublished: true,
      searchText: buildSearchText([title]),
      translations: {
        create: [
          { locale: "kk", title: `Жала жабуды ${LONG_WORD} ${suffix}`, summary: `${LONG_WORD} туралы.` },
          { locale: "ru", title: `Декриминализировать клевету ${suffix}`, summary: "Вывести клевету из УК." },
        ],
      },
    },
  });
  slug = commitment.slug;
  await db.statusChange.create({
    data: {
      commitmentId: commitment.id,
      field: "ASSESSMENT",
      fromValue: "NOT_ASSESSED",
      toValue: "PARTIALLY_IMPLEMENTED",
      effectiveOn: new Date("2025-05-01T00:00:00Z"),
      justification: `Article 130 moved to the Code of Administrative Offences; see ${LONG_URL} ${suffix}`,
    },
  });
  // Recommendations of the Committee against Torture, one linked, one with a theme over 31 characters.
  for (let index = 0; index < 24; index += 1) {
    const text = `[FIXTURE ${suffix}] The State party should ensure that every allegation is investigated (${index}).`;
    const recommendation = await db.recommendation.create({
      data: {
        mechanismCode: "CAT",
        cycle: `Reader session ${suffix}`,
        symbol: `CAT/C/KAZ/CO/${suffix}`,
        paragraph: `141.${index + 1}`,
        text,
        // Every other one untranslated: the documents then name the original's language.
        textRu:
          index % 2
            ? null
            : `[ТЕСТ] Государству-участнику следует обеспечить расследование каждого заявления (${index}).`,
        searchText: buildSearchText([text]),
        themes: {
          create: [{ theme: index % 2 ? "Torture and other cruel, inhuman or degrading treatment" : "Justice" }],
        },
      },
    });
    if (index === 0) {
      recommendationId = recommendation.id;
      await db.commitmentRecommendation.create({ data: { commitmentId: commitment.id, recommendationId } });
    }
  }
  await db.$disconnect();
});

/** True when the page does not scroll sideways: nothing is wider than the window. */
async function expectNoSidewaysScroll(page: Page, address: string) {
  await page.goto(address);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${address} is ${scrollWidth} px wide in a ${clientWidth} px window`).toBeLessThanOrEqual(
    clientWidth,
  );
}

test.describe("finding things", () => {
  test.use({ viewport: DESKTOP });

  test("the header, the home page, /reports and the method page lead to the recommendations and the shadow report", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "UN recommendations" }).click();
    await expect(page).toHaveURL(/\/en\/recommendations$/);
    await page.goto("/");
    await page.getByTestId("home-shadow-link").click();
    await expect(page).toHaveURL(/\/en\/reports\/shadow$/);
    await page.goto("/");
    await page.getByTestId("home-recommendations-link").click();
    await expect(page).toHaveURL(/\/en\/recommendations$/);

    await page.goto("/reports");
    await page.getByRole("link", { name: "Shadow-report table" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shadow-report table");

    await page.goto("/method");
    await expect(page.getByRole("link", { name: "UN recommendations", exact: true }).last()).toHaveAttribute(
      "href",
      "/en/recommendations",
    );
    await expect(page.getByRole("main").getByRole("link", { name: "Shadow-report table" })).toHaveAttribute(
      "href",
      "/en/reports/shadow",
    );
    // The CSV, JSON and Atom it names are links that answer.
    const data = page.getByTestId("method-data-links").getByRole("link");
    await expect(data).toHaveCount(4);
    for (const href of await data.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      expect(href).toContain("lang=en");
    }
  });

  test("the home page leads with a count per assessment, each a link to the list behind it", async ({ page }) => {
    await page.goto("/");
    const tally = page.getByTestId("headline-tally");
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("Kept or broken: what the evidence shows");
    await expect(tally.getByRole("link")).toHaveCount(7);
    const partly = page.getByTestId("tally-PARTIALLY_IMPLEMENTED");
    const count = Number(await partly.locator("span.text-2xl").innerText());
    expect(count).toBeGreaterThanOrEqual(2);
    await partly.click();
    await expect(page).toHaveURL(/\/commitments\?assessment=PARTIALLY_IMPLEMENTED$/);
    await expect(page.getByTestId("result-count")).toContainText(`${count} commitment`);
  });

  test("the summary report ends each table with a totals row", async ({ page }) => {
    await page.goto("/reports/summary");
    const total = Number((await page.getByTestId("report-count").innerText()).match(/\d+/)?.[0]);
    const totals = page.getByTestId("report-totals").first();
    await expect(totals.locator("th")).toHaveText("Total");
    // The last cell is the sum of every assessment: every commitment counted once.
    await expect(totals.locator("td").last()).toHaveText(String(total));
  });

  test("the filtered changes download holds what the filtered page lists", async ({ page }) => {
    await page.goto("/changes?from=2025-05-01&to=2025-05-01");
    const link = page.getByTestId("changes-csv-link");
    await expect(link).toHaveText("Download these changes (CSV)");
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/changes\.csv\?from=2025-05-01&to=2025-05-01&lang=en$/);
    const csv = (await (await page.request.get(href)).body()).toString("utf8");
    const rows = csv.trim().split("\r\n").slice(1);
    const listed = Number((await page.getByTestId("change-count").innerText()).match(/\d+/)?.[0]);
    expect(rows).toHaveLength(listed);
    expect(csv).toContain(slug);
    expect(csv).not.toContain(`protect-journalists-${suffix}`);
    await page.goto("/changes");
    await expect(page.getByTestId("changes-csv-link")).toHaveAttribute("href", "/export/history.csv?lang=en");
  });
});

for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`on a ${viewport.width} px screen`, () => {
    test.use({ viewport });

    test("no public page scrolls sideways with a 30-letter Kazakh word in a title or a 300-character URL", async ({
      page,
    }) => {
      for (const address of [
        `/kk/commitments/${slug}`,
        `/ru/commitments/${slug}`,
        "/ru/changes",
        `/ru/changes?from=2025-05-01&to=2025-05-01`,
        "/kk/commitments?q=" + encodeURIComponent(LONG_WORD),
        "/kk",
        "/ru/reports",
        "/ru/method",
        `/ru/recommendations/${recommendationId}`,
        "/ru/reports/shadow?mechanism=CAT",
        `/kk/follow?commitment=${slug}`,
      ])
        await expectNoSidewaysScroll(page, address);
    });

    test("header, language and mechanism links are at least 24 px tall; labels and values look different", async ({
      page,
    }) => {
      await page.goto(`/ru/recommendations/${recommendationId}`);
      const links = [
        ...(await page.getByRole("banner").getByRole("link").all()),
        page.getByTestId("recommendation-mechanism-link"),
      ];
      expect(links.length).toBeGreaterThan(8);
      for (const link of links) {
        const box = await link.boundingBox();
        expect(box?.height ?? 0, await link.innerText()).toBeGreaterThanOrEqual(24);
      }
      const fields = page.getByTestId("recommendation-fields");
      const style = (selector: string) =>
        fields
          .locator(selector)
          .first()
          .evaluate((element) => {
            const computed = getComputedStyle(element);
            return { size: computed.fontSize, colour: computed.color };
          });
      const [label, value] = [await style("dt"), await style("dd")];
      expect(label.size).not.toBe(value.size);
      expect(label.colour).not.toBe(value.colour);
    });
  });
}

test.describe("the shadow page at 1280 px", () => {
  test.use({ viewport: DESKTOP });

  test("the mechanism select fits its box and the recommendation's text has a reading column", async ({ page }) => {
    await page.goto(`/ru/reports/shadow?mechanism=CAT&cycle=${encodeURIComponent(`Reader session ${suffix}`)}`);
    const select = page.getByTestId("shadow-mechanism");
    const form = page.locator("form").filter({ has: select });
    const [selectBox, formBox] = [await select.boundingBox(), await form.boundingBox()];
    expect((selectBox?.x ?? 0) + (selectBox?.width ?? 0)).toBeLessThanOrEqual(
      (formBox?.x ?? 0) + (formBox?.width ?? 0),
    );
    const textHeader = page.getByTestId("shadow-preview").getByRole("columnheader", { name: "Рекомендация" });
    expect((await textHeader.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(400);
  });
});

test.describe("the workspace in Russian", () => {
  test.use({ viewport: DESKTOP });

  test("lists and opens a record by its Russian title, the original beside it", async ({ page, context }) => {
    await signInBrowser(context, await createTestUser("EDITOR", "readerlang"));
    await page.goto(`/ru/manage?q=${suffix}&state=all`);
    const row = page.locator(`[data-slug="${slug}"]`);
    await expect(row.getByTestId("workspace-title")).toHaveText(`Декриминализировать клевету ${suffix}`);
    await expect(row.getByTestId("workspace-title-original")).toHaveText(
      `Оригинал (английский): Decriminalise defamation ${suffix}`,
    );
    await row.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Декриминализировать клевету ${suffix}`);
    await page.goto(`/ru/manage/recommendations/${recommendationId}`);
    await expect(page.getByTestId("recommendation-commitments-linked")).toContainText(
      `Декриминализировать клевету ${suffix}`,
    );
  });
});

test.describe("a site without mail, published at its own address", () => {
  test.describe.configure({ timeout: 240_000 });
  let server: SecondServer;

  test.beforeAll(async () => {
    server = await startSecondServer({
      SMTP_URL: undefined,
      MAIL_FROM: undefined,
      NEXTAUTH_URL: SITE,
      ORGANISATION_NAME: ORGANISATION,
    });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("offers the feed and webhooks instead of a mail form", async ({ page }) => {
    await page.goto(`${server.baseUrl}/en/commitments/${slug}`);
    await expect(page.getByTestId("follow-link")).toHaveText("Follow this commitment (news feed, webhooks)");
    await page.getByTestId("follow-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Follow the changes");
    await expect(page.getByTestId("follow-without-mail")).toBeVisible();
    await expect(page.getByLabel("Your email address")).toHaveCount(0);
    await expect(page.getByTestId("follow-feed-link")).toHaveAttribute("href", `/commitments/${slug}/feed.xml?lang=en`);
    const feed = await page.request.get(`${server.baseUrl}/commitments/${slug}/feed.xml?lang=en`);
    expect(feed.status()).toBe(200);
  });

  test("the DOCX and XLSX are ready to submit: organisation, public address, whole words, a short print", async ({
    request,
  }) => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "uade-reader-"));
    try {
      const query = `mechanism=CAT&cycle=${encodeURIComponent(`Reader session ${suffix}`)}&lang=ru`;
      const files: Record<string, string> = {};
      for (const format of ["docx", "xlsx"]) {
        const response = await request.get(`${server.baseUrl}/reports/shadow.${format}?${query}`);
        expect(response.status()).toBe(200);
        files[format] = path.join(directory, `shadow.${format}`);
        writeFileSync(files[format], await response.body());
      }
      const docx = await textViaLibreOffice(files.docx!);
      // «Пункт» and "141.12" on one line each: the paragraph column is wide enough.
      expect(docx).toMatch(/(^|\s)Пункт(\s|$)/m);
      expect(docx).toMatch(/(^|\s)141\.12(\s|$)/m);
      expect(docx).toContain(`Подготовлено: ${ORGANISATION} (с помощью Uade)`);
      expect(docx.replace(/\s+/g, "")).toContain(`${SITE}/ru/commitments/${slug}`);
      expect(docx).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(docx.replace(/\s+/g, "")).toContain("(оригинальныйтекстнаанглийскомязыке,переводапоканет)");
      expect(docx).not.toMatch(/\b(en|ru|kk):/);
      // The header row repeats: every page of the table starts with it.
      const pages = docx.split("\f").filter((text) => text.trim() !== "");
      expect(pages.length).toBeGreaterThan(1);
      for (const text of pages.slice(1)) expect(text).toContain("Рекомендация");

      const xlsx = await textViaLibreOffice(files.xlsx!);
      // 24 rows over two theme sheets and a summary: printed landscape and one page wide, a few pages.
      const printed = xlsx.split("\f").filter((text) => text.trim() !== "").length;
      expect(printed).toBeLessThanOrEqual(6);
      expect(xlsx).not.toMatch(/localhost|127\.0\.0\.1/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(files.xlsx!);
      // Theme sheets are named in the report's language (UHRI's list is translated; "Justice" is not in it).
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Сводка", "Justice", "Пытки и другие жестокие…"]);
      const sheet = workbook.getWorksheet("Пытки и другие жестокие…")!;
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
