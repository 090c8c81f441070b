import { expect, test } from "./support/test";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

test.describe("an editor's day", () => {
  test("creates and publishes a commitment, records a status change with evidence, and the public page shows it", async ({
    page,
    context,
  }) => {
    const editor = await createTestUser("EDITOR", "daily");
    await signInBrowser(context, editor);
    const title = `Create a national preventive mechanism (e2e ${Date.now()})`;

    await page.goto("/manage/commitments/new");
    const form = page.getByRole("form", { name: "New commitment" });
    await form.getByLabel("Title", { exact: true }).fill(title);
    await form.getByLabel("Summary").fill("Kazakhstan promised an independent mechanism to visit places of detention.");
    await form.getByLabel("Theme").selectOption({ label: "Torture and ill-treatment" });
    await form.getByLabel("Responsible body").selectOption({ label: "Commissioner for Human Rights (Ombudsman)" });
    await form.getByRole("checkbox", { name: /^OPCAT/ }).check();
    await form.getByLabel("Verbatim quote").fill("We will establish a national preventive mechanism.");
    await form.getByText("Or describe a new source").click();
    await form.getByLabel("Source title").fill("Statement to the Human Rights Council");
    await form.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByRole("status")).toHaveText("The commitment was created as a draft.");
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("The commitment is published.");

    const status = page.getByRole("form", { name: "Update status" });
    await status.getByLabel("New status").selectOption({ label: "Implemented" });
    await status.getByLabel("Reason").selectOption({ label: "Institution created" });
    await status.getByLabel("Effective date").fill("2024-06-01");
    await status.getByLabel("Justification").fill("The mechanism was created by law and has started visits.");
    await status.getByRole("button", { name: "Record status change" }).click();
    await expect(status.getByText("need at least one evidence link: pick one or add a new one.")).toBeVisible();
    await expect(status.getByLabel("Justification")).toHaveValue(
      "The mechanism was created by law and has started visits.",
    );

    await status.getByLabel("Web address").fill("javascript:alert(1)");
    await status.getByLabel("Title", { exact: true }).fill("Law on the NPM");
    await status.getByRole("button", { name: "Record status change" }).click();
    await expect(status.getByText("Use a web address that starts with http:// or https://")).toBeVisible();

    await status.getByLabel("Web address").fill("https://adilet.zan.kz/eng/docs/example-npm-law");
    await status.getByRole("button", { name: "Record status change" }).click();
    await expect(page.getByRole("status")).toHaveText("The status change was recorded.");
    await expect(page.getByTestId("current-status")).toContainText("Implemented");
    await expect(page.getByTestId("status-history")).toContainText(
      "Assessment: Not yet assessed → Implemented, effective June 1, 2024",
    );
    await expect(page.getByTestId("status-history").getByRole("link", { name: "Law on the NPM" })).toHaveAttribute(
      "href",
      "https://adilet.zan.kz/eng/docs/example-npm-law",
    );

    // The date picker now starts at the day the assessment took effect; a change dated earlier is refused.
    await expect(status.getByLabel("Effective date")).toHaveAttribute("min", "2024-06-01");
    await status.getByLabel("New status").selectOption({ label: "Stalled" });
    await status.getByLabel("Reason").selectOption({ label: "Blocked by parliament" });
    await status.getByLabel("Effective date").fill("2024-05-31");
    await status.getByLabel("Justification").fill("Dated before the recorded change.");
    await status.getByRole("button", { name: "Record status change" }).click();
    await expect(
      status.getByText("This status already changed on June 1, 2024; a new change cannot take effect before that.", {
        exact: false,
      }),
    ).toBeVisible();
    await status.getByLabel("Effective date").fill("2024-06-01");

    // A rule only the server can check comes back into the form, with the person's input kept.
    await status.getByLabel("New status").selectOption({ label: "Implemented" });
    await status.getByLabel("Justification").fill("Recording it twice by mistake.");
    await status.getByRole("checkbox", { name: /Law on the NPM/ }).check();
    await status.getByRole("button", { name: "Record status change" }).click();
    await expect(status.getByText("The commitment already has this status; choose a different one.")).toBeVisible();
    await expect(status.getByLabel("Justification")).toHaveValue("Recording it twice by mistake.");
    await expect(status.getByRole("checkbox", { name: /Law on the NPM/ })).toBeChecked();

    const stored = await e2eDb.commitment.findFirstOrThrow({
      where: { title },
      include: { statusChanges: { include: { evidence: true } } },
    });
    expect(stored.statusChanges).toHaveLength(1);
    expect(stored.statusChanges[0]?.recordedById).toBe(editor.id);
    expect(stored.statusChanges[0]?.evidence).toHaveLength(1);
    expect(
      await e2eDb.auditEvent.count({ where: { entityId: stored.id, action: "status.update", actorId: editor.id } }),
    ).toBe(1);

    const publicSearch = `/commitments?q=${encodeURIComponent(title)}`;
    await page.goto(publicSearch);
    const item = page.locator(`[data-slug="${stored.slug}"]`);
    await expect(item.getByRole("heading", { name: title })).toBeVisible();
    await expect(item.getByText("Implemented", { exact: true })).toBeVisible();
    const csv = await (await page.request.get(`/export/commitments.csv?q=${encodeURIComponent(title)}`)).text();
    expect(csv.split("\r\n").find((line) => line.startsWith(`${stored.slug},`))).toContain("IMPLEMENTED,Implemented");

    // Archiving takes it off the public list again (and leaves the seeded list as it was).
    await page.goto(`/manage/commitments/${stored.id}`);
    // Archiving a published record takes its public page down, so it asks first; only the confirmation acts.
    await page.getByText("Archive", { exact: true }).click();
    await expect(page.getByText("Archive this commitment? Its public page", { exact: false })).toBeVisible();
    expect((await e2eDb.commitment.findUniqueOrThrow({ where: { id: stored.id } })).isArchived).toBe(false);
    await page.getByRole("button", { name: "Yes, archive it", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("The commitment is archived.");
    await page.goto(publicSearch);
    await expect(page.getByTestId("result-count")).toHaveText(/^No commitments match/);
    await expect(page.locator(`[data-slug="${stored.slug}"]`)).toHaveCount(0);
  });

  test("marks a commitment verified without changing its status, and finds it in the list's filters", async ({
    page,
    context,
  }) => {
    const editor = await createTestUser("EDITOR", "verifier");
    await signInBrowser(context, editor);
    const commitment = await e2eDb.commitment.create({
      data: {
        slug: `e2e-verify-${Date.now()}`,
        title: `Verify me ${Date.now()}`,
        summary: "s",
        category: "justice",
        responsibleBody: "ministry-of-internal-affairs",
        targetDate: new Date("2020-01-01"),
      },
    });

    await page.goto("/manage");
    await page
      .getByTestId("flag-summary")
      .getByRole("link", { name: /^Overdue: \d+$/ })
      .click();
    await expect(page).toHaveURL(/\/manage\?flag=overdue$/);
    await expect(page.locator(`[data-slug="${commitment.slug}"]`)).toContainText("Overdue");

    await page.goto(`/manage?q=${commitment.slug}&flag=stale`);
    const row = page.locator(`[data-slug="${commitment.slug}"]`);
    await expect(row).toContainText("Overdue");
    await expect(row).toContainText("Never assessed");
    await expect(row).toContainText("Not verified in 6 months");
    await expect(row).toContainText("Draft");
    await row.getByRole("link", { name: commitment.title }).click();

    const verify = page.getByRole("form", { name: "Mark verified" });
    await verify.getByLabel("What you checked").fill("Checked the ministry's website; nothing new.");
    await verify.getByRole("button", { name: "Mark verified" }).click();
    await expect(page.getByRole("status")).toHaveText("The check was recorded.");
    const stored = await e2eDb.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(stored.assessment).toBe("NOT_ASSESSED");
    expect(stored.lastVerifiedOn).not.toBeNull();
    expect(await e2eDb.verification.count({ where: { commitmentId: commitment.id, recordedById: editor.id } })).toBe(1);

    await page.goto(`/manage?q=${commitment.slug}&flag=stale`);
    await expect(page.locator(`[data-slug="${commitment.slug}"]`)).toHaveCount(0);
  });
});
