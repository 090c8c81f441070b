import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { todayIso } from "@/lib/calendar";
import { buildSearchText } from "@/lib/search-text";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

// The public face (issue 13): bodies as a vocabulary, the method page, recent changes, body and
// instrument pages, charts whose numbers match the database, the embeddable badge, and the editor
// touches. Fixtures get their own body so counts are exact whatever other specs add.

const suffix = randomUUID().slice(0, 8);
const bodyKey = `e2e-body-${suffix}`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Changes take effect yesterday (TIME_ZONE), so they are in every report's "today" whatever the hour.
const today = new Date(day(todayIso()).getTime() - 86_400_000).toISOString().slice(0, 10);
const thisMonth = today.slice(0, 7);

let stalledSlug = "";
let implementedSlug = "";

test.beforeAll(async () => {
  await e2eDb.responsibleBody.create({
    data: {
      key: bodyKey,
      nameEn: `Ministry of Tests ${suffix}`,
      nameRu: `Министерство проверок ${suffix}`,
      nameKk: `Тексеру министрлігі ${suffix}`,
    },
  });
  const source = await e2eDb.source.create({ data: { title: "Fixture speech", kind: "SPEECH" } });
  const create = async (
    slug: string,
    assessment: "STALLED" | "IMPLEMENTED" | "NOT_ASSESSED",
    targetDate: Date | null,
  ) =>
    e2eDb.commitment.create({
      data: {
        slug,
        title: `Fixture <b>${slug}</b>`,
        summary: "s",
        category: "torture",
        responsibleBody: bodyKey,
        officialClaim: "ADOPTED",
        assessment,
        assessmentSince: assessment === "NOT_ASSESSED" ? null : day(today),
        targetDate,
        isPublished: true,
        searchText: buildSearchText([slug]),
        instruments: { create: [{ instrumentCode: "CAT" }] },
        quotes: { create: [{ text: "We will.", sourceId: source.id }] },
      },
    });
  stalledSlug = `e2e-stalled-${suffix}`;
  implementedSlug = `e2e-implemented-${suffix}`;
  const stalled = await create(stalledSlug, "STALLED", day("2020-01-01"));
  const implemented = await create(implementedSlug, "IMPLEMENTED", null);
  await create(`e2e-waiting-${suffix}`, "NOT_ASSESSED", null);
  const evidence = await e2eDb.evidence.create({
    data: {
      commitmentId: implemented.id,
      url: "https://adilet.zan.kz/fixture",
      title: `Law text ${suffix}`,
      kind: "LAW_TEXT",
    },
  });
  await e2eDb.statusChange.create({
    data: {
      commitmentId: stalled.id,
      field: "ASSESSMENT",
      fromValue: "NOT_ASSESSED",
      toValue: "STALLED",
      effectiveOn: day(today),
      justification: `No progress since the draft ${suffix}`,
    },
  });
  await e2eDb.statusChange.create({
    data: {
      commitmentId: implemented.id,
      field: "ASSESSMENT",
      fromValue: "NOT_ASSESSED",
      toValue: "IMPLEMENTED",
      effectiveOn: day(today),
      justification: `Law in force ${suffix}`,
      evidence: { create: [{ evidenceId: evidence.id }] },
    },
  });
});

test("a body page names the body in each language and its chart numbers match the database", async ({ page }) => {
  await page.goto(`/ru/bodies/${bodyKey}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Министерство проверок ${suffix}`);
  await expect(page.getByTestId("group-summary")).toContainText("3");
  const tally = page.locator(`[data-chart="body-${bodyKey}-tally"] [data-row="body-${bodyKey}"]`);
  await expect(tally).toHaveAttribute("data-total", "3");
  for (const assessment of ["STALLED", "IMPLEMENTED", "NOT_ASSESSED"]) {
    await expect(tally.locator(`rect[data-segment="${assessment}"]`)).toHaveAttribute("data-count", "1");
  }
  await expect(page.getByTestId("group-overdue")).toContainText("1");
  // Progress over time: this month has the two assessments recorded today.
  const progress = page.locator(`[data-chart="body-${bodyKey}-progress"]`);
  await expect(progress.locator(`rect[data-month="${thisMonth}"][data-segment="IMPLEMENTED"]`)).toHaveAttribute(
    "data-count",
    "1",
  );
  await expect(progress.locator(`rect[data-month="${thisMonth}"][data-segment="STALLED"]`)).toHaveAttribute(
    "data-count",
    "1",
  );
  const row = progress.locator(`tr[data-month="${thisMonth}"] td`);
  const cells = await row.allTextContents();
  // Columns in vocabulary order: Not yet assessed, Not started, In progress, Stalled, Partially implemented, Implemented, Reversed; then the total.
  expect(cells).toEqual(["1", "0", "0", "1", "0", "1", "0", "3"]);
  await page.goto(`/kk/bodies/${bodyKey}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Тексеру министрлігі ${suffix}`);
});

test("the overview's theme bars count what the database holds", async ({ page }) => {
  const groups = await e2eDb.commitment.groupBy({
    by: ["category"],
    where: { isPublished: true, isArchived: false },
    _count: { _all: true },
  });
  await page.goto("/en");
  for (const group of groups) {
    await expect(page.locator(`[data-chart="by-theme"] [data-row="${group.category}"]`)).toHaveAttribute(
      "data-total",
      String(group._count._all),
    );
  }
  const adopted = await e2eDb.commitment.count({
    where: { isPublished: true, isArchived: false, officialClaim: "ADOPTED" },
  });
  await expect(page.getByTestId("tally-adopted")).toHaveText(String(adopted));
  await expect(page.locator('[data-pair="adopted"] rect[data-bar="claim"]')).toHaveAttribute(
    "data-count",
    String(adopted),
  );
  const implemented = await e2eDb.commitment.count({
    where: { isPublished: true, isArchived: false, officialClaim: "ADOPTED", assessment: "IMPLEMENTED" },
  });
  await expect(page.locator('[data-pair="adopted"] rect[data-bar="evidence"]')).toHaveAttribute(
    "data-count",
    String(implemented),
  );
  await expect(page.getByTestId("early-state")).toBeVisible();
  await page.getByTestId("all-changes-link").click();
  await expect(page).toHaveURL(/\/en\/changes$/);
});

test("recent changes filter by body and date and show the justification and evidence", async ({ page }) => {
  await page.goto(`/ru/changes?body=${bodyKey}`);
  await expect(page.getByTestId("change-count")).toContainText("2");
  await expect(page.getByText(`Law in force ${suffix}`)).toBeVisible();
  await expect(page.getByRole("link", { name: `Law text ${suffix}` })).toBeVisible();
  await page.goto(`/ru/changes?body=${bodyKey}&to=2019-12-31`);
  await expect(page.getByTestId("change-count")).toContainText("Нет изменений");
  await page.goto(`/en/changes?body=NOT%20A%20KEY&from=yesterday`);
  const note = page.getByRole("alert").filter({ hasText: "not valid" });
  await expect(note).toContainText("Responsible body");
  await expect(note).toContainText("Took effect from");
});

test("a status badge opens its definition on the method page, in the reader's language", async ({ page }) => {
  await page.goto(`/kk/commitments/${stalledSlug}`);
  await page.getByTestId("status-panel").locator('a[data-status-link="/method#STALLED"]').click();
  await expect(page).toHaveURL(/\/kk\/method#STALLED$/);
  await expect(page.locator("#STALLED")).toContainText("Тоқтап қалды");
  await page.goto("/ru/method#overdue");
  await expect(page.locator("#overdue")).toContainText("Срок выполнения прошёл");
});

test("an instrument page lists its commitments under the instrument's official title", async ({ page }) => {
  await page.goto("/ru/instruments/CAT");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CAT");
  await expect(page.getByText("Конвенция против пыток", { exact: false }).first()).toBeVisible();
  await expect(page.locator(`[data-slug="${stalledSlug}"]`).first()).toBeVisible();
  expect((await page.goto("/ru/instruments/NO-SUCH-TREATY"))?.status()).toBe(404);
});

test("the embeddable badge is an SVG in the asked language, with the title escaped and a link back", async ({
  request,
}) => {
  const response = await request.get(`/embed/commitments/${stalledSlug}.svg?lang=kk`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(response.headers()["cache-control"]).toContain("public");
  const svg = await response.text();
  expect(svg).toContain("Тоқтап қалды");
  expect(svg).toContain("&lt;b&gt;");
  expect(svg).not.toContain("<b>");
  expect(svg).toContain(`/kk/commitments/${stalledSlug}`);
  const russian = await (
    await request.get(`/embed/commitments/${stalledSlug}.svg`, { headers: { "Accept-Language": "ru-RU,ru;q=0.9" } })
  ).text();
  expect(russian).toContain("Застопорилось");
  expect((await request.get("/embed/commitments/secret-draft-nope.svg")).status()).toBe(404);
});

test("CSV and API name the body and instruments in ?lang=, and filters use the key", async ({ request }) => {
  const csv = await (await request.get(`/export/commitments.csv?body=${bodyKey}&lang=ru`)).text();
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(rows).toHaveLength(3);
  const columns = header!.split(",");
  const cells = rows[0]!.split(",");
  expect(cells[columns.indexOf("responsible_body")]).toBe(bodyKey);
  expect(rows[0]).toContain(`Министерство проверок ${suffix}`);
  expect(rows[0]).toContain("Конвенция против пыток");
  const json = (await (await request.get(`/api/v1/commitments?body=${bodyKey}&lang=kk`)).json()) as {
    data: { responsible_body: string; responsible_body_label: string }[];
  };
  expect(json.data).toHaveLength(3);
  expect(json.data[0]).toMatchObject({
    responsible_body: bodyKey,
    responsible_body_label: `Тексеру министрлігі ${suffix}`,
  });
});

test("on a phone the filters fold behind one control; on a desktop they are open", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/commitments");
  const search = page.getByLabel("Search", { exact: false }).first();
  await expect(search).toBeHidden();
  await page.getByText("Filters", { exact: true }).click();
  await expect(search).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en/commitments");
  await expect(page.getByLabel("Search", { exact: false }).first()).toBeVisible();
});

test("a signed-in editor sees who is signed in and an Edit link on a public record; readers do not", async ({
  page,
  context,
}) => {
  await page.goto(`/en/commitments/${stalledSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("editor-links")).toHaveCount(0);
  const editor = await createTestUser("EDITOR", "public-face");
  await signInBrowser(context, editor);
  await page.goto(`/en/commitments/${stalledSlug}`);
  await expect(page.getByTestId("editor-links")).toContainText(editor.name);
  await page.getByRole("link", { name: "Edit in the workspace" }).click();
  await expect(page).toHaveURL(/\/en\/manage\/commitments\//);
  await expect(page.getByRole("contentinfo")).not.toContainText("Editors: sign in");
  await page.goto("/en/manage?sort=assessment&dir=desc");
  const slugs = await page
    .locator("[data-testid=workspace-list] tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-slug")));
  expect(slugs.indexOf(stalledSlug)).toBeLessThan(slugs.indexOf(`e2e-waiting-${suffix}`));
  expect(slugs.indexOf(implementedSlug)).toBeLessThan(slugs.indexOf(stalledSlug));
  await expect(page.locator('th[aria-sort="descending"]')).toContainText("Evidence shows");
});

test("an admin renames a body in three languages and the public pages follow", async ({ page, context }) => {
  await signInBrowser(context, await createTestUser("ADMIN", "bodies-admin"));
  await page.goto("/en/manage/bodies");
  const item = page.locator(`[data-testid=bodies-list] li[data-key="${bodyKey}"]`);
  await item.getByLabel("Name in Russian").fill(`Министерство испытаний ${suffix}`);
  await item.getByRole("button", { name: "Save names" }).click();
  await expect(item.getByRole("status")).toContainText("Names saved");
  await page.goto(`/ru/bodies/${bodyKey}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Министерство испытаний ${suffix}`);
  await page.goto("/en/manage/bodies");
  await page.getByLabel("Key").fill("Not A Key");
  await page.getByLabel("Name in English").first().fill("x");
  await page.getByRole("button", { name: "Add body" }).click();
  await expect(page.getByText("Use lower-case Latin letters").first()).toBeVisible();
});
