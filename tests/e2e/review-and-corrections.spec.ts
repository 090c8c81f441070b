import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "./support/test";
import { E2E_BASE_URL } from "./support/e2e-env";
import { apiSignedInAs, createTestUser, e2eDb, signInBrowser } from "./support/auth";

// Issue 15's "done when": with review on, an editor's "Implemented" stays invisible to the public
// until a second editor approves it, and the public record then says it was reviewed; a reader's
// correction reaches the inbox and becomes evidence in one step.

const origin = { Origin: E2E_BASE_URL };
let adminApi: APIRequestContext;

test.beforeAll(async () => {
  adminApi = await apiSignedInAs(await createTestUser("ADMIN", "reviewadmin"));
});

// The setting is workspace-wide and the e2e database is shared: always leave review off.
test.afterAll(async () => {
  await adminApi.post("/api/manage/settings.update", {
    data: { reviewAssessments: false, reviewClaims: false },
    headers: origin,
  });
  await adminApi.dispose();
});

async function publishedCommitment(suffix: string) {
  const title = `Create an independent torture prevention body ${suffix}`;
  return e2eDb.commitment.create({
    data: {
      slug: `npm-body-${suffix}`,
      title,
      summary: "A national preventive mechanism.",
      category: "torture",
      responsibleBody: "government",
      assessment: "NOT_STARTED",
      isPublished: true,
      searchText: title.toLowerCase(),
    },
  });
}

test("with review on, an editor's Implemented is public only after a second editor approves it, and is marked reviewed", async ({
  browser,
  request,
}) => {
  const suffix = `${Date.now()}`;
  const commitment = await publishedCommitment(suffix);
  const turnedOn = await adminApi.post("/api/manage/settings.update", {
    data: { reviewAssessments: true },
    headers: origin,
  });
  expect(await turnedOn.json()).toEqual({ ok: true, value: { reviewAssessments: true, reviewClaims: false } });

  const editor = await createTestUser("EDITOR", "proposer");
  const editorContext = await browser.newContext();
  await signInBrowser(editorContext, editor);
  const editorPage = await editorContext.newPage();
  await editorPage.goto(`/en/manage/commitments/${commitment.id}`);
  const status = editorPage.getByRole("form", { name: "Update status" });
  await expect(status.getByTestId("review-note")).toContainText("Review is on");
  await status.getByLabel("New status").selectOption({ label: "Implemented" });
  await status.getByLabel("Effective date").fill("2025-02-01");
  await status.getByLabel("Justification").fill(`The mechanism was created by law ${suffix}`);
  await status.getByLabel("Web address").fill(`https://adilet.zan.kz/eng/docs/npm-${suffix}`);
  await status.getByLabel("Title", { exact: true }).fill("Law on the mechanism");
  await status.getByRole("button", { name: "Send for review" }).click();
  // The form requires a reason; nothing is lost.
  await expect(status.getByText("Choose the reason for this change.")).toBeVisible();
  await expect(status.getByLabel("Justification")).toHaveValue(`The mechanism was created by law ${suffix}`);
  await status.getByLabel("Reason").selectOption({ label: "Institution created" });
  await status.getByRole("button", { name: "Send for review" }).click();
  await expect(editorPage.getByRole("status")).toHaveText(
    "Sent for review: a second editor must approve the change before it is public.",
    { timeout: 20_000 },
  );
  await expect(editorPage.getByTestId("current-status")).toContainText("Not started");
  await expect(editorPage.getByTestId("record-proposals")).toContainText("Waiting for review");

  // Invisible in every public output.
  await editorPage.goto(`/en/commitments/${commitment.slug}`);
  await expect(editorPage.getByTestId("status-panel")).toContainText("Not started");
  await expect(editorPage.getByTestId("status-panel")).not.toContainText("Implemented");
  const api = (await (await request.get(`/api/v1/commitments/${commitment.slug}`)).json()) as {
    data: { assessment: string; history: unknown[] };
  };
  expect(api.data).toMatchObject({ assessment: "NOT_STARTED", history: [] });
  expect((await (await request.get("/export/history.csv")).text()).includes(suffix)).toBe(false);
  expect((await (await request.get(`/en/changes`)).text()).includes(suffix)).toBe(false);

  // The proposer cannot approve; a reviewer can, from the queue.
  const proposal = await e2eDb.statusProposal.findFirstOrThrow({ where: { commitmentId: commitment.id } });
  const editorApi = await apiSignedInAs(editor);
  expect(
    (
      await editorApi.post("/api/manage/status.approve", { data: { proposalId: proposal.id }, headers: origin })
    ).status(),
  ).toBe(403);
  await editorApi.dispose();

  const reviewer = await createTestUser("REVIEWER", "second");
  const reviewerContext = await browser.newContext();
  await signInBrowser(reviewerContext, reviewer);
  const reviewerPage = await reviewerContext.newPage();
  // The reviewer's workspace home says what waits for them and leads to the queue (issue 26).
  await reviewerPage.goto("/en/manage");
  await expect(reviewerPage.getByTestId("review-waiting")).toContainText(/proposals? waits? for your review/);
  await reviewerPage.getByTestId("review-waiting").getByRole("link", { name: "Open the review queue" }).click();
  await expect(reviewerPage).toHaveURL(/\/manage\/review$/);
  await expect(reviewerPage.getByTestId("review-counts")).toContainText("wait");
  const item = reviewerPage.locator(`[data-proposal="${proposal.id}"]`);
  // The queue shows the value the proposal replaces.
  await expect(item.getByTestId("proposal-change")).toContainText("Not started → Implemented");
  await expect(item).toContainText(`The mechanism was created by law ${suffix}`);
  await expect(item).toContainText("Institution created");
  await item.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewerPage.getByRole("status")).toHaveText(
    "Approved: the change is now public and marked as reviewed by a second editor.",
    { timeout: 20_000 },
  );

  await reviewerPage.goto(`/en/commitments/${commitment.slug}`);
  await expect(reviewerPage.getByTestId("status-panel")).toContainText("Implemented");
  const timeline = reviewerPage.getByTestId("timeline");
  await expect(timeline).toContainText(`The mechanism was created by law ${suffix}`);
  await expect(timeline.getByTestId("reviewed-mark")).toHaveText("Reviewed by a second editor");
  await expect(timeline.getByTestId("change-reason")).toHaveText("Institution created");
  const published = (await (await request.get(`/api/v1/commitments/${commitment.slug}`)).json()) as {
    data: { assessment: string; history: { reason_code: string; is_reviewed: boolean }[] };
  };
  expect(published.data).toMatchObject({
    assessment: "IMPLEMENTED",
    history: [{ reason_code: "institution_created", is_reviewed: true }],
  });
  await editorContext.close();
  await reviewerContext.close();
});

test("with review on, an imported status file makes proposals, which a reviewer approves in the queue", async ({
  browser,
}) => {
  const suffix = `${Date.now()}`;
  const commitment = await publishedCommitment(`import-${suffix}`);
  expect(
    (
      await adminApi.post("/api/manage/settings.update", {
        data: { reviewAssessments: true, reviewClaims: false },
        headers: origin,
      })
    ).ok(),
  ).toBe(true);
  try {
    const editor = await createTestUser("EDITOR", "bulkproposer");
    const editorContext = await browser.newContext();
    await signInBrowser(editorContext, editor);
    const page = await editorContext.newPage();
    const csv =
      "slug,field,new_value,effective_on,justification,reason_code,evidence_urls\n" +
      `${commitment.slug},ASSESSMENT,IMPLEMENTED,2025-03-01,The mechanism works ${suffix},institution_created,https://adilet.zan.kz/eng/docs/import-${suffix}\n` +
      `${commitment.slug},OFFICIAL_CLAIM,ANNOUNCED,2025-03-02,The ministry announced it ${suffix},,\n`;
    await page.goto("/en/manage/import");
    await page.getByLabel(/Status changes/).check();
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "statuses.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByTestId("import-proposals-note")).toHaveText(
      "1 status change will be a proposal for a second editor to approve: review is on for assessments. Nothing of it is public until a reviewer approves.",
    );
    await expect(page.getByTestId("import-summary")).toContainText("1 status change");
    await expect(page.getByTestId("import-operations")).toContainText("Proposal for a second editor");
    await page.getByRole("button", { name: "Apply 2 changes" }).click();
    await expect(page.getByTestId("import-applied")).toBeVisible();
    await expect(page.getByTestId("import-applied-proposals")).toContainText(
      "1 proposal waits for a second editor's approval",
    );
    await expect(page.getByTestId("import-applied-records")).toContainText("Status change");
    await expect(page.getByTestId("import-applied-records")).toContainText("Proposal for a second editor (1 proposal)");
    // The claim is public at once; the assessment waits.
    expect(
      await e2eDb.commitment.findUniqueOrThrow({
        where: { id: commitment.id },
        select: { assessment: true, officialClaim: true },
      }),
    ).toEqual({ assessment: "NOT_STARTED", officialClaim: "ANNOUNCED" });
    const proposal = await e2eDb.statusProposal.findFirstOrThrow({ where: { commitmentId: commitment.id } });
    expect(proposal).toMatchObject({
      state: "PENDING",
      proposedById: editor.id,
      toValue: "IMPLEMENTED",
      reasonCode: "institution_created",
    });
    await editorContext.close();

    const reviewer = await createTestUser("REVIEWER", "bulkreviewer");
    const reviewerContext = await browser.newContext();
    await signInBrowser(reviewerContext, reviewer);
    const reviewerPage = await reviewerContext.newPage();
    await reviewerPage.goto("/en/manage/review");
    const item = reviewerPage.locator(`[data-proposal="${proposal.id}"]`);
    await expect(item).toContainText(`The mechanism works ${suffix}`);
    await item.getByRole("button", { name: "Approve and publish" }).click();
    await expect(reviewerPage.getByRole("status")).toHaveText(
      "Approved: the change is now public and marked as reviewed by a second editor.",
      { timeout: 20_000 },
    );
    await reviewerPage.goto(`/en/commitments/${commitment.slug}`);
    await expect(reviewerPage.getByTestId("status-panel")).toContainText("Implemented");
    await expect(reviewerPage.getByTestId("timeline").getByTestId("reviewed-mark")).toHaveText(
      "Reviewed by a second editor",
    );
    await reviewerContext.close();
  } finally {
    await adminApi.post("/api/manage/settings.update", {
      data: { reviewAssessments: false, reviewClaims: false },
      headers: origin,
    });
  }
});

test("scripts: status.update answers with a proposalId, and self-approval is refused with a clear message", async () => {
  const suffix = `${Date.now()}`;
  const commitment = await publishedCommitment(`api-${suffix}`);
  await adminApi.post("/api/manage/settings.update", { data: { reviewAssessments: true }, headers: origin });
  const reviewer = await createTestUser("REVIEWER", "selfish");
  const api = await apiSignedInAs(reviewer);
  const proposed = await api.post("/api/manage/status.update", {
    data: {
      commitmentId: commitment.id,
      version: commitment.version,
      field: "ASSESSMENT",
      to: "STALLED",
      effectiveOn: "2025-01-10",
      justification: `No progress ${suffix}`,
    },
    headers: origin,
  });
  const body = (await proposed.json()) as { ok: boolean; value: { proposalId: string } };
  expect(body).toEqual({ ok: true, value: { proposalId: expect.any(String) } });
  expect((await e2eDb.statusProposal.findUniqueOrThrow({ where: { id: body.value.proposalId } })).reasonCode).toBe(
    "unspecified",
  );
  // A decision must carry the proposal's version the reviewer saw (issue 22): without it, refused.
  const blind = await api.post("/api/manage/status.approve", {
    data: { proposalId: body.value.proposalId },
    headers: origin,
  });
  expect(blind.status()).toBe(422);
  expect(await blind.json()).toMatchObject({
    ok: false,
    kind: "invalid",
    fieldErrors: { version: expect.any(String) },
  });
  const self = await api.post("/api/manage/status.approve", {
    data: { proposalId: body.value.proposalId, version: 1 },
    headers: origin,
  });
  expect(self.status()).toBe(422);
  expect(await self.json()).toEqual({
    ok: false,
    kind: "invalid",
    fieldErrors: { proposalId: "You proposed this change: another editor must review it (four-eyes rule)." },
  });
  expect(await e2eDb.statusChange.count({ where: { commitmentId: commitment.id } })).toBe(0);
  await api.dispose();
});

test("a contributor's record page offers what the role may do, and not publishing, archiving or editing the details", async ({
  browser,
}) => {
  const commitment = await publishedCommitment(`contrib-${Date.now()}`);
  const contributor = await createTestUser("CONTRIBUTOR", "pagecontributor");
  const context = await browser.newContext();
  await signInBrowser(context, contributor);
  const page = await context.newPage();
  await page.goto(`/manage/commitments/${commitment.id}`);
  await expect(page.getByRole("form", { name: "Update status" })).toBeVisible();
  await expect(page.getByText("Publishing, archiving and editing the record's details are for editors")).toBeVisible();
  await expect(page.getByRole("button", { name: "Unpublish" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Details" })).toHaveCount(0);
  await context.close();
});

test("a reader's correction reaches the inbox and becomes evidence in one step", async ({ page, browser }) => {
  const suffix = `${Date.now()}`;
  const commitment = await publishedCommitment(`reader-${suffix}`);
  await page.goto(`/ru/commitments/${commitment.slug}`);
  await page.getByTestId("report-error-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сообщить об ошибке или прислать доказательства");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  const form = page.getByRole("form", { name: "Сообщить об ошибке или прислать доказательства" });
  await form.getByLabel("Что неверно или упущено?").fill(`Закон принят, вот текст ${suffix}`);
  await form.getByLabel("Ссылка на доказательство (необязательно)").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Отправить редакторам" }).click();
  await expect(form.getByText("Укажите адрес, начинающийся с https:// или http://")).toBeVisible();
  await expect(form.getByLabel("Что неверно или упущено?")).toHaveValue(`Закон принят, вот текст ${suffix}`);
  await form
    .getByLabel("Ссылка на доказательство (необязательно)")
    .fill(`https://adilet.zan.kz/rus/docs/sent-${suffix}`);
  await form.getByLabel("Ваш адрес электронной почты (необязательно)").fill(`reader-${suffix}@example.org`);
  await form.getByRole("button", { name: "Отправить редакторам" }).click();
  await expect(page.getByTestId("correction-sent")).toHaveText(
    "Спасибо. Ваше сообщение попало во входящие редакторов.",
  );
  // Nothing public yet.
  await page.goto(`/en/commitments/${commitment.slug}`);
  await expect(page.getByText(`Закон принят, вот текст ${suffix}`)).toHaveCount(0);
  await expect(page.locator(`a[href="https://adilet.zan.kz/rus/docs/sent-${suffix}"]`)).toHaveCount(0);

  const editor = await createTestUser("EDITOR", "moderator");
  const context = await browser.newContext();
  await signInBrowser(context, editor);
  const inbox = await context.newPage();
  await inbox.goto("/en/manage/inbox");
  const correction = await e2eDb.readerCorrection.findFirstOrThrow({ where: { commitmentId: commitment.id } });
  const card = inbox.locator(`[data-correction="${correction.id}"]`);
  await expect(card.getByTestId("correction-message")).toHaveText(`Закон принят, вот текст ${suffix}`);
  await expect(card.getByTestId("correction-email")).toHaveText(`reader-${suffix}@example.org`);
  await card.getByLabel("Evidence title").fill("Law text sent by a reader");
  await card.getByLabel("Kind").selectOption({ label: "Law text" });
  await card.getByRole("button", { name: "Add as evidence" }).click();
  await expect(inbox.getByRole("status")).toHaveText(
    "The link is now evidence on the commitment, and the message is marked handled.",
    { timeout: 20_000 },
  );

  await page.goto(`/en/commitments/${commitment.slug}`);
  await expect(page.getByRole("link", { name: "Law text sent by a reader" })).toHaveAttribute(
    "href",
    `https://adilet.zan.kz/rus/docs/sent-${suffix}`,
  );
  // The reader's email is never public.
  await expect(page.getByText(`reader-${suffix}@example.org`)).toHaveCount(0);
  await expect(page.getByText(`Закон принят, вот текст ${suffix}`)).toHaveCount(0);
  await context.close();
});

test("a contributor's evidence removal and edit and quote addition are proposals; the public record is unchanged until a reviewer approves", async ({
  browser,
}) => {
  const suffix = `${Date.now()}`;
  const commitment = await publishedCommitment(`contrib-change-${suffix}`);
  const evidence = await e2eDb.evidence.create({
    data: { commitmentId: commitment.id, url: `https://adilet.zan.kz/eng/docs/law-${suffix}`, title: "Law text" },
  });
  const contributor = await createTestUser("CONTRIBUTOR", "changecontributor");
  const api = await apiSignedInAs(contributor);
  const removal = await api.post("/api/manage/evidence.remove", {
    data: { evidenceId: evidence.id, version: 1, reason: `Broken link ${suffix}` },
    headers: origin,
  });
  const removed = (await removal.json()) as { ok: boolean; value: { proposalId: string } };
  expect(removed).toEqual({ ok: true, value: { proposalId: expect.any(String), commitmentId: commitment.id } });
  const edit = await api.post("/api/manage/evidence.edit", {
    data: { evidenceId: evidence.id, version: 1, url: "https://example.org/other", title: "Other", kind: "OTHER" },
    headers: origin,
  });
  expect((await edit.json()) as { ok: boolean }).toMatchObject({ ok: true });
  const quote = await api.post("/api/manage/quote.add", {
    data: {
      commitmentId: commitment.id,
      version: commitment.version,
      quoteText: `Never said ${suffix}`,
      sourceTitle: "Blog",
    },
    headers: origin,
  });
  expect((await quote.json()) as { ok: boolean }).toMatchObject({ ok: true });
  await api.dispose();
  // Nothing public changed.
  expect(await e2eDb.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({
    url: `https://adilet.zan.kz/eng/docs/law-${suffix}`,
    removedAt: null,
  });
  expect(await e2eDb.quote.count({ where: { commitmentId: commitment.id } })).toBe(0);
  // The contributor sees what they sent, waiting, on the record's workspace page.
  const own = await browser.newContext();
  await signInBrowser(own, contributor);
  const ownPage = await own.newPage();
  await ownPage.goto(`/en/manage/commitments/${commitment.id}`);
  await expect(ownPage.getByTestId("record-change-proposal")).toHaveCount(3);
  const waiting = ownPage.getByTestId("record-proposals");
  await expect(waiting).toContainText(`Never said ${suffix}`);
  await expect(waiting).toContainText("Remove evidence");
  await expect(waiting).toContainText("Edit evidence");
  await own.close();

  const reviewer = await createTestUser("REVIEWER", "changereviewer");
  const context = await browser.newContext();
  await signInBrowser(context, reviewer);
  const page = await context.newPage();
  await page.goto("/en/manage/review");
  const removalItem = page.locator(`[data-change="${removed.value.proposalId}"]`);
  await expect(removalItem).toContainText("Remove evidence");
  await expect(removalItem.getByTestId("change-current")).toContainText(`https://adilet.zan.kz/eng/docs/law-${suffix}`);
  await expect(removalItem.getByTestId("change-proposed")).toHaveText("Removed from the record");
  await expect(removalItem).toContainText(`Broken link ${suffix}`);
  await removalItem.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Approved: the change is now public.", { timeout: 20_000 });
  expect((await e2eDb.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).removedAt).not.toBeNull();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(results.violations).toEqual([]);
  await context.close();
});
