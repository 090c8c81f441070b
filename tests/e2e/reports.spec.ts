import { expect, test } from "./support/test";
import { todayIso } from "../../lib/calendar";
import { createPublicFixtures, openE2eDatabase } from "./support/fixtures";

const suffix = `r${Date.now().toString(36)}`;
let fixtures: Awaited<ReturnType<typeof createPublicFixtures>>;

test.beforeAll(async () => {
  const db = openE2eDatabase();
  fixtures = await createPublicFixtures(db, suffix);
  await db.$disconnect();
});

test("the reports page leads to the four reports", async ({ page }) => {
  await page.goto("/reports");
  for (const name of ["Snapshot as of a date", "Changes between two dates", "Summary", "Evidence register"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: "Changes between two dates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Changes between two dates" })).toBeVisible();
});

test("today's snapshot CSV is the current export, byte for byte", async ({ request }) => {
  // "Today" is the server's calendar day (TIME_ZONE, Asia/Almaty by default), not UTC's.
  const today = todayIso();
  const [snapshot, current] = await Promise.all([
    request.get(`/reports/snapshot.csv?date=${today}`),
    request.get("/export/commitments.csv"),
  ]);
  expect(snapshot.headers()["content-disposition"]).toContain(`uade-snapshot-as-of-${today}-`);
  const snapshotText = (await snapshot.body()).toString("utf8");
  expect(snapshotText.charCodeAt(0)).toBe(0xfeff);
  expect(snapshotText).toBe((await current.body()).toString("utf8"));
  expect(snapshotText).toContain(fixtures.published.slug);
  expect(snapshotText).not.toContain(fixtures.draft.slug);
});

test("a snapshot before the first change shows the status of that time", async ({ page }) => {
  await page.goto("/reports/snapshot");
  await page.getByLabel("Date").fill("2025-02-28");
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page).toHaveURL(/date=2025-02-28/);
  const csv = await (await page.request.get("/reports/snapshot.csv?date=2025-02-28")).text();
  const row = csv.split("\r\n").find((line) => line.startsWith(`${fixtures.published.slug},`));
  expect(row).toContain("NOT_ASSESSED,Not yet assessed");
  const after = await (await page.request.get("/reports/snapshot.csv?date=2025-03-01")).text();
  expect(after.split("\r\n").find((line) => line.startsWith(`${fixtures.published.slug},`))).toContain(
    "PARTIALLY_IMPLEMENTED,Partially implemented",
  );
});

test("the change report lists the changes in the window and names the organisation, not the person", async ({
  page,
}) => {
  await page.goto("/reports/changes?from=2025-03-01&to=2025-03-01");
  await expect(page.getByTestId("report-preview")).toContainText(`Law amended but prosecutions continue ${suffix}`);
  const csv = (await (await page.request.get("/reports/changes.csv?from=2025-03-01&to=2025-03-01")).body()).toString(
    "utf8",
  );
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("recorded_by");
  expect(csv).toContain("Uade editors");
  expect(csv).not.toContain(`Draft change ${suffix}`);
  await page.goto("/reports/changes?from=2025-03-02&to=2025-03-31");
  await expect(page.getByRole("main")).not.toContainText(`Law amended but prosecutions continue ${suffix}`);
  await expect(page.getByTestId("report-count")).toBeVisible();
});

test("an invalid date is explained in plain words and the report still shows", async ({ page, request }) => {
  await page.goto("/reports/snapshot?date=2025-02-30");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("2025-02-30 is not a real date");
  await expect(page.getByTestId("report-count")).toBeVisible();
  const csv = await request.get("/reports/snapshot.csv?date=yesterday");
  expect(csv.status()).toBe(400);
  expect(await csv.text()).toContain("YYYY-MM-DD");
});

test("the summary and the evidence register download as CSV", async ({ request }) => {
  const summary = (await (await request.get("/reports/summary.csv")).body()).toString("utf8");
  expect(summary.slice(1).split("\r\n")[0]).toBe(
    "dimension,key,label,NOT_ASSESSED,NOT_STARTED,IN_PROGRESS,STALLED,PARTIALLY_IMPLEMENTED,IMPLEMENTED,REVERSED,total",
  );
  const evidence = (await (await request.get("/reports/evidence.csv")).body()).toString("utf8");
  expect(evidence).toContain("https://www.ohchr.org/en/documents/fixture");
  expect(evidence).toContain(fixtures.published.slug);
});

test.describe("the workspace's reports", () => {
  test("include drafts and name the editor; only signed-in staff may download them", async ({
    page,
    context,
    request,
  }) => {
    const { createTestUser, signInBrowser } = await import("./support/auth");
    const db = openE2eDatabase();
    const editor = await createTestUser("EDITOR", "reporter");
    const draftChange = await db.statusChange.findFirstOrThrow({ where: { commitmentId: fixtures.draft.id } });
    await db.statusChange.create({
      data: {
        commitmentId: fixtures.draft.id,
        field: "ASSESSMENT",
        fromValue: "STALLED",
        toValue: "IN_PROGRESS",
        effectiveOn: new Date("2025-04-02T00:00:00Z"),
        justification: `Workspace report change ${suffix}`,
        recordedById: editor.id,
      },
    });
    await db.$disconnect();
    expect(draftChange.justification).toBe(`Draft change ${suffix}`);

    // `request` has no session: the workspace's files are refused to it.
    for (const path of [
      "/manage/reports/snapshot.csv",
      "/manage/reports/changes.csv",
      "/manage/reports/summary.csv",
      "/manage/reports/evidence.csv",
    ]) {
      expect((await request.get(path)).status(), path).toBe(401);
    }

    await signInBrowser(context, editor);
    await page.goto("/manage/reports/changes?from=2025-04-01&to=2025-04-02");
    await expect(page.getByTestId("report-preview")).toContainText(`Workspace report change ${suffix}`);
    await expect(page.getByTestId("report-preview")).toContainText(editor.name);
    const csv = await (await page.request.get("/manage/reports/changes.csv?from=2025-04-01&to=2025-04-02")).text();
    expect(csv).toContain(`Draft change ${suffix}`);
    expect(csv).toContain(editor.name);
    const snapshot = await (await page.request.get("/manage/reports/snapshot.csv")).text();
    expect(snapshot).toContain(fixtures.draft.slug);
  });
});
