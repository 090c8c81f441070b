import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./support/test";
import { buildSearchText } from "../../lib/search-text";
import { openE2eDatabase } from "./support/fixtures";

type Catalogue = Record<string, Record<string, unknown>>;
const catalogue = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Catalogue;
type ManageCatalogue = { manage: Record<string, Record<string, string>> };
const manageCatalogue = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.manage.json`, "utf8")) as ManageCatalogue;
const LOCALES = ["kk", "ru", "en"] as const;
const suffix = `i${Date.now().toString(36)}`;
const russianOnlySlug = `russian-only-${suffix}`;

test.beforeAll(async () => {
  const db = openE2eDatabase();
  const title = `Обеспечить доступ к правосудию ${suffix}`;
  await db.commitment.create({
    data: {
      slug: russianOnlySlug,
      title,
      summary: "Запись только на русском языке.",
      sourceLocale: "ru",
      category: "justice",
      responsibleBody: "law-enforcement-courts-parliament",
      isPublished: true,
      searchText: buildSearchText([title]),
    },
  });
  await db.$disconnect();
});

/** No catalogue key ("overview.title") may show instead of text. */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(
    /\b(site|overview|browse|filters|commitment|reports|assessment|officialClaim|category|pagination)\.[a-zA-Z]+/,
  );
}

for (const locale of LOCALES) {
  const messages = catalogue(locale);

  test(`the overview, list and a record render in ${locale} without missing text`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(String(messages.overview?.title));
    await expectNoRawKeys(page);

    await page.goto(`/${locale}/commitments`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(String(messages.browse?.title));
    await expect(page.getByRole("button", { name: String(messages.filters?.apply) })).toBeVisible();
    await expectNoRawKeys(page);

    await page.goto(`/${locale}/commitments/ratify-iccpr-second-optional-protocol`);
    await expect(page.getByRole("heading", { name: String(messages.commitment?.quotesHeading) })).toBeVisible();
    await expect(page.getByTestId("status-panel")).toContainText(
      String((messages.officialClaim as Record<string, string>).ADOPTED),
    );
    await expect(page.getByTestId("not-translated")).toHaveCount(0);
    await expectNoRawKeys(page);

    await page.goto(`/${locale}/login`);
    await expect(page.getByRole("button").first()).toBeVisible();
    await expectNoRawKeys(page);
  });
}

test("hreflang alternates name every language version of the page", async ({ page }) => {
  await page.goto("/ru/commitments");
  for (const locale of LOCALES) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute(
      "href",
      new RegExp(`/${locale}/commitments$`),
    );
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/commitments$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/ru\/commitments$/);
});

test("switching language keeps the person on the same page, and the choice is remembered", async ({ page }) => {
  await page.goto("/en/commitments/ratify-iccpr-second-optional-protocol");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Қазақша" }).click();
  await expect(page).toHaveURL(/\/kk\/commitments\/ratify-iccpr-second-optional-protocol$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/kk\/reports$/);
});

// The app's own requests (RSC prefetches; Sec-Fetch-Dest "empty") and framed pages must not change
// the remembered language: a prefetch of an /en link answering after a switch to Kazakh undid it.
test("only a page the reader opens remembers its language, not a prefetch or a frame", async ({ request }) => {
  const path = "/en/commitments/ratify-iccpr-second-optional-protocol";
  const cookieOf = async (headers: Record<string, string>) => {
    const response = await request.get(path, { headers: { cookie: "uade_locale=kk", ...headers }, maxRedirects: 0 });
    return response.headersArray().find((header) => header.name.toLowerCase() === "set-cookie")?.value ?? null;
  };
  expect(
    await cookieOf({ rsc: "1", "next-router-prefetch": "1", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" }),
  ).toBeNull();
  expect(await cookieOf({ "sec-fetch-dest": "iframe", "sec-fetch-mode": "navigate" })).toBeNull();
  expect(await cookieOf({ "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" })).toMatch(/^uade_locale=en;/);
  expect(await cookieOf({})).toMatch(/^uade_locale=en;/);
});

// Russian is the default, so each case asks for a language other than the default: a server that
// ignored Accept-Language would send these readers to /ru.
for (const [header, locale] of [
  ["kk-KZ,kk;q=0.9,ru;q=0.8", "kk"],
  ["en-GB,en;q=0.9", "en"],
] as const) {
  test(`an unprefixed address follows the browser's language when nothing was chosen (${header})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale: header.split(",")[0],
      extraHTTPHeaders: { "Accept-Language": header },
    });
    const page = await context.newPage();
    await page.goto("/commitments?category=torture");
    await expect(page).toHaveURL(new RegExp(`/${locale}/commitments\\?category=torture$`));
    await context.close();
  });
}

test("a Russian-only record shows in Kazakh with a visible 'not yet translated' note", async ({ page }) => {
  await page.goto(`/kk/commitments/${russianOnlySlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Обеспечить доступ к правосудию ${suffix}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ru");
  await expect(page.getByTestId("not-translated").first()).toHaveText(
    String(catalogue("kk").commitment?.notTranslated).replace("{language}", "орыс"),
  );
  await page.goto(`/ru/commitments/${russianOnlySlug}`);
  await expect(page.getByTestId("not-translated")).toHaveCount(0);
});

test("search finds a commitment by its Kazakh or Russian title", async ({ page }) => {
  const translations = JSON.parse(readFileSync("prisma/seed/commitments.translations.json", "utf8")) as Record<
    string,
    { ru: { title: string }; kk: { title: string } }
  >;
  const kazakhTitle = translations["ratify-iccpr-second-optional-protocol"]?.kk.title ?? "";
  await page.goto(`/kk/commitments?q=${encodeURIComponent(kazakhTitle.toUpperCase())}`);
  await expect(page.locator('[data-slug="ratify-iccpr-second-optional-protocol"]')).toBeVisible();
  await expect(page.locator('[data-slug="ratify-iccpr-second-optional-protocol"]').getByRole("heading")).toHaveText(
    kazakhTitle,
  );
});

test("the API and CSV keep stable keys and give labels in the requested language", async ({ request }) => {
  const json = await (await request.get("/api/v1/commitments/ratify-iccpr-second-optional-protocol?lang=ru")).json();
  expect(json.data).toMatchObject({
    official_claim: "ADOPTED",
    official_claim_label: String((catalogue("ru").officialClaim as Record<string, string>).ADOPTED),
    text_language: "ru",
  });
  const csv = await (await request.get("/export/commitments.csv?lang=kk&category=death-penalty")).text();
  expect(csv).toContain(`ADOPTED,${String((catalogue("kk").officialClaim as Record<string, string>).ADOPTED)}`);
  expect(csv.split("\r\n")[0]).toContain("official_claim,official_claim_label");
});

test.describe("the editor workspace in three languages", () => {
  for (const locale of LOCALES) {
    test(`the workspace list and a commitment's forms render in ${locale} without missing text`, async ({
      page,
      context,
    }) => {
      const { createTestUser, signInBrowser, e2eDb } = await import("./support/auth");
      await signInBrowser(context, await createTestUser("EDITOR", `i18n${locale}`));
      const commitment = await e2eDb.commitment.findUniqueOrThrow({
        where: { slug: "ratify-iccpr-second-optional-protocol" },
      });
      await page.goto(`/${locale}/manage`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoRawKeys(page);
      await page.goto(`/${locale}/manage/commitments/${commitment.id}`);
      await expect(page.locator("#translations-heading")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const text = await page.locator("body").innerText();
      expect(text).not.toMatch(/\bmanage\.[a-zA-Z]+\.[a-zA-Z]+/);
    });
  }

  test("validation messages are in the reader's language: the browser's check, the server's, and import rows", async ({
    page,
    context,
  }) => {
    const { createTestUser, signInBrowser, e2eDb } = await import("./support/auth");
    await signInBrowser(context, await createTestUser("EDITOR", "i18nerrors"));
    const ru = manageCatalogue("ru").manage;
    const kk = manageCatalogue("kk").manage;

    // The browser checks the empty form with the server's schema, before sending it.
    await page.goto("/ru/manage/commitments/new");
    await page.getByRole("button", { name: ru.form?.create }).click();
    await expect(page.getByText(ru.validation?.enterTitle ?? "missing key", { exact: true })).toBeVisible();
    await expect(page.getByText(ru.validation?.chooseBody ?? "missing key", { exact: true })).toBeVisible();

    // The server refuses a title without a summary (the translation form has no browser check).
    const commitment = await e2eDb.commitment.findUniqueOrThrow({ where: { slug: russianOnlySlug } });
    await page.goto(`/ru/manage/commitments/${commitment.id}`);
    await page.locator("#translation-en-title").fill(`Access to justice ${suffix}`);
    await page.locator("#translation-en-title").locator("xpath=ancestor::form").getByRole("button").click();
    await expect(page.getByText(ru.validation?.translateSummaryToo ?? "missing key", { exact: true })).toBeVisible();
    await expect(page.locator("#translation-en-title")).toHaveValue(`Access to justice ${suffix}`);

    // Import row problems, with their arguments, in Kazakh.
    await page.goto("/kk/manage/import");
    await page.getByLabel(kk.import?.kindStatuses ?? "missing key").check();
    await page.getByLabel(kk.import?.fileLabel ?? "missing key").setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "slug,field,new_value,effective_on,justification\nno-such-commitment,STATUS,DONE,31.02.2024,x\n",
      ),
    });
    await page.getByRole("button", { name: kk.import?.preview }).click();
    const errors = page.getByTestId("import-errors");
    await expect(errors).toContainText("«no-such-commitment» мекенжайы (slug) бар міндеттеме жоқ");
    await expect(errors).toContainText(kk.validation?.rowFieldName ?? "missing key");
    await expect(errors).toContainText("«31.02.2024» — күн емес");
    expect(await page.locator("body").innerText()).not.toContain("msg:");
  });

  test("an editor adds the Kazakh version of a Russian-only record, and the note disappears", async ({
    page,
    context,
  }) => {
    const { createTestUser, signInBrowser, e2eDb } = await import("./support/auth");
    await signInBrowser(context, await createTestUser("EDITOR", "translator"));
    const commitment = await e2eDb.commitment.findUniqueOrThrow({ where: { slug: russianOnlySlug } });
    await page.goto(`/en/manage/commitments/${commitment.id}`);
    await page.getByLabel("Title (Kazakh)").fill(`Сот төрелігіне қолжетімділікті қамтамасыз ету ${suffix}`);
    await page.getByLabel("Summary (Kazakh)").fill("Тек қазақ тіліндегі нұсқа.");
    await page.getByRole("button", { name: "Save (Kazakh)" }).click();
    await expect(page.getByText("The translation was saved.")).toBeVisible();
    await page.goto(`/kk/commitments/${russianOnlySlug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Сот төрелігіне қолжетімділікті қамтамасыз ету ${suffix}`,
    );
    await expect(page.getByTestId("not-translated")).toHaveCount(0);
    await page.goto(`/kk/commitments?q=${encodeURIComponent("ҚОЛЖЕТІМДІЛІКТІ")}`);
    await expect(page.locator(`[data-slug="${russianOnlySlug}"]`)).toBeVisible();
  });
});
