import { expect, test } from "./support/test";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

// The changes report filtered by reason (page and CSV), and the review queue and the reader inbox
// past their first 50 rows. Rows are dated long before anything else in the shared e2e database
// (oldest first puts them at the front of each queue) and removed afterwards, so other specs
// find their own rows on the first page.

const suffix = `p${Date.now().toString(36)}`;
const longAgo = (seconds: number) => new Date(Date.UTC(2001, 0, 1, 0, 0, seconds));
let commitmentId = "";

test.beforeAll(async () => {
  const title = `Paging fixture ${suffix}`;
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `paging-${suffix}`,
      title,
      summary: "s",
      category: "torture",
      responsibleBody: "government",
      assessment: "STALLED",
      assessmentSince: new Date("2019-05-20T00:00:00Z"),
      isPublished: true,
      searchText: title.toLowerCase(),
    },
  });
  commitmentId = commitment.id;
  // A consistent history (the snapshot report rebuilds today's record from it).
  const change = (fromValue: string, toValue: string, effective: string, reasonCode: string) =>
    e2eDb.statusChange.create({
      data: {
        commitmentId,
        field: "ASSESSMENT",
        fromValue,
        toValue,
        effectiveOn: new Date(`${effective}T00:00:00Z`),
        justification: `${reasonCode} ${suffix}`,
        reasonCode,
      },
    });
  await change("NOT_ASSESSED", "NOT_STARTED", "2019-05-02", "law_adopted");
  await change("NOT_STARTED", "IN_PROGRESS", "2019-05-10", "law_amended");
  await change("IN_PROGRESS", "STALLED", "2019-05-20", "blocked_by_court");
});

test.afterAll(async () => {
  await e2eDb.statusProposal.deleteMany({ where: { commitmentId } });
  await e2eDb.readerCorrection.deleteMany({ where: { commitmentId } });
});

const window = "from=2019-05-01&to=2019-05-31";

test("the changes report filtered by reason shows only those changes, on the page and in its CSV", async ({
  page,
  request,
}) => {
  await page.goto(`/en/reports/changes?${window}`);
  const preview = page.getByTestId("report-preview");
  for (const code of ["law_adopted", "law_amended", "blocked_by_court"])
    await expect(preview).toContainText(`${code} ${suffix}`);

  await page.getByLabel("Law amended", { exact: true }).check();
  await page.getByLabel("Blocked by a court", { exact: true }).check();
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page).toHaveURL(/reason=law_amended/);
  await expect(page).toHaveURL(/reason=blocked_by_court/);
  await expect(preview).toContainText(`law_amended ${suffix}`);
  await expect(preview).toContainText(`blocked_by_court ${suffix}`);
  await expect(preview).not.toContainText(`law_adopted ${suffix}`);
  await expect(page.getByLabel("Law amended", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Law adopted", { exact: true })).not.toBeChecked();

  // The download button carries the same filter.
  const csvHref = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  expect(csvHref).toContain("reason=law_amended");
  const csv = await (await request.get(csvHref!)).text();
  const ours = csv.split("\r\n").filter((line) => line.includes(suffix));
  expect(ours.map((line) => /,(law_adopted|law_amended|blocked_by_court),/.exec(line)?.[1])).toEqual([
    "law_amended",
    "blocked_by_court",
  ]);

  const one = await (await request.get(`/reports/changes.csv?${window}&reason=law_adopted`)).text();
  expect(one.split("\r\n").filter((line) => line.includes(suffix))).toHaveLength(1);
});

test("an unknown reason code is a note on the report page and a 400 from the CSV, never a 500", async ({
  page,
  request,
}) => {
  const response = await page.goto(`/en/reports/changes?${window}&reason=law_amended&reason=not_a_reason`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "Some parameters were not valid" })).toContainText(
    "“not_a_reason” is not a reason code",
  );
  await expect(page.getByTestId("report-preview")).toContainText(`law_amended ${suffix}`);
  await expect(page.getByTestId("report-preview")).not.toContainText(`law_adopted ${suffix}`);

  const csv = await request.get(`/reports/changes.csv?${window}&reason=not_a_reason`);
  expect(csv.status()).toBe(400);
  expect(await csv.text()).toContain("Reason: “not_a_reason” is not a reason code");
});

test("/changes takes the same reason filter, one or several codes", async ({ page }) => {
  await page.goto(`/en/changes?${window}`);
  await page.getByLabel("Law adopted", { exact: true }).check();
  await page.getByLabel("Blocked by a court", { exact: true }).check();
  await page.getByRole("button", { name: "Show changes" }).click();
  await expect(page).toHaveURL(/reason=law_adopted&reason=blocked_by_court/);
  const list = page.locator("main");
  await expect(list).toContainText(`law_adopted ${suffix}`);
  await expect(list).toContainText(`blocked_by_court ${suffix}`);
  await expect(list).not.toContainText(`law_amended ${suffix}`);
  await expect(page.getByLabel("Blocked by a court", { exact: true })).toBeChecked();
});

test("a review queue of 55 pending proposals shows 50 on page 1 and the rest on page 2", async ({ browser }) => {
  const proposer = await createTestUser("CONTRIBUTOR", "pagingproposer");
  const ids: string[] = [];
  for (let index = 0; index < 55; index += 1) {
    const proposal = await e2eDb.statusProposal.create({
      data: {
        commitmentId,
        field: "ASSESSMENT",
        toValue: "IN_PROGRESS",
        effectiveOn: new Date("2019-06-01T00:00:00Z"),
        justification: `Queued ${index + 1} ${suffix}`,
        reasonCode: "other",
        baseVersion: 1,
        proposedById: proposer.id,
        createdAt: longAgo(index),
      },
    });
    ids.push(proposal.id);
  }
  const reviewer = await createTestUser("REVIEWER", "pagingreviewer");
  const context = await browser.newContext();
  await signInBrowser(context, reviewer);
  const page = await context.newPage();
  const mine = (index: number) => page.locator(`[data-proposal="${ids[index]}"]`);

  await page.goto("/en/manage/review");
  const pager = page.getByRole("navigation", { name: "Pages" });
  await expect(pager).toContainText(/Page 1 of \d+/);
  await expect(page.getByTestId("review-counts")).toContainText(/\d+ proposals wait for review/);
  await expect(mine(0)).toBeVisible();
  await expect(mine(49)).toBeVisible();
  await expect(mine(50)).toHaveCount(0);

  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/en\/manage\/review\?page=2$/);
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(/Page 2 of \d+/);
  for (const index of [50, 51, 52, 53, 54]) await expect(mine(index)).toBeVisible();
  await expect(mine(49)).toHaveCount(0);
  await expect(
    page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Previous page" }),
  ).toHaveAttribute("href", "/en/manage/review");

  // Deciding on page 2 comes back to page 2, not to the start of the queue.
  const returned = page
    .getByRole("form", { name: "Return with a comment" })
    .filter({ has: page.locator(`input[name="proposalId"][value="${ids[54]}"]`) });
  await returned.getByLabel("Comment for the proposer").fill(`Not yet ${suffix}`);
  await returned.getByRole("button", { name: "Return to the proposer" }).click();
  // The action redirects to the address without a language (served in the remembered one).
  await expect(page).toHaveURL(/\/manage\/review\?saved=returned&page=2$/);
  await expect(page.getByRole("status").filter({ hasText: "Returned to the proposer" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(/Page 2 of \d+/);
  await expect(mine(54)).toHaveCount(0);
  await expect(mine(53)).toBeVisible();

  // A page past the end shows the last page and says so; a malformed one is page 1.
  const past = await page.goto("/en/manage/review?page=9999");
  expect(past?.status()).toBe(200);
  await expect(page.getByTestId("pager-past-end")).toContainText("There is no page 9999");
  const malformed = await page.goto("/en/manage/review?page=two");
  expect(malformed?.status()).toBe(200);
  await expect(mine(0)).toBeVisible();
  await context.close();
});

test("a reader inbox of 51 new messages shows the 51st on page 2", async ({ browser }) => {
  const ids: string[] = [];
  for (let index = 0; index < 51; index += 1) {
    const correction = await e2eDb.readerCorrection.create({
      data: {
        commitmentId,
        message: `Reader message ${index + 1} ${suffix}`,
        addressHash: "paging",
        locale: "en",
        createdAt: longAgo(index),
      },
    });
    ids.push(correction.id);
  }
  const editor = await createTestUser("EDITOR", "pagingeditor");
  const context = await browser.newContext();
  await signInBrowser(context, editor);
  const page = await context.newPage();
  const mine = (index: number) => page.locator(`[data-correction="${ids[index]}"]`);

  await page.goto("/en/manage/inbox");
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(/Page 1 of \d+/);
  await expect(mine(0)).toBeVisible();
  await expect(mine(49)).toBeVisible();
  await expect(mine(50)).toHaveCount(0);

  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/en\/manage\/inbox\?page=2$/);
  await expect(mine(50)).toBeVisible();
  await expect(mine(49)).toHaveCount(0);
  await context.close();
});

test("the workspace list shows 100 commitments a page, keeping the search and the sort", async ({ browser }) => {
  const prefix = `wspage${suffix}`;
  await e2eDb.commitment.createMany({
    data: Array.from({ length: 101 }, (_, index) => ({
      slug: `${prefix}-${String(index).padStart(3, "0")}`,
      title: `Workspace paging ${prefix} ${String(index).padStart(3, "0")}`,
      summary: "s",
      category: "justice",
      responsibleBody: "government",
      searchText: `workspace paging ${prefix} ${index}`,
    })),
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signInBrowser(context, await createTestUser("EDITOR", "wspager"));
    await page.goto(`/manage?q=${prefix}&sort=title&dir=asc`);
    await expect(page.getByTestId("workspace-count")).toHaveText("101 commitments");
    const rows = page.locator(`tr[data-slug^="${prefix}-"]`);
    await expect(rows).toHaveCount(100);
    await expect(rows.first()).toHaveAttribute("data-slug", `${prefix}-000`);
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`/manage\\?q=${prefix}&sort=title&dir=asc&page=2$`));
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute("data-slug", `${prefix}-100`);
  } finally {
    await context.close();
    await e2eDb.commitment.deleteMany({ where: { slug: { startsWith: `${prefix}-` } } });
  }
});
