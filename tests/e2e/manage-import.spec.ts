import { expect, test } from "./support/test";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";
import { thematicListDocx, thematicRows } from "../fixtures/recommendations/thematic-list";

// Bulk import as an editor does it: a file saved by Excel in a Russian locale (semicolons, CRLF,
// BOM, Cyrillic, a justification with a new line), previewed, confirmed, and then public.

const toWindows1251 = (text: string) =>
  Buffer.from(
    [...text].map((character) => {
      const code = character.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x0410 && code <= 0x044f) return code - 0x0410 + 0xc0;
      throw new Error(`no Windows-1251 byte for ${character}`);
    }),
  );

test.describe("bulk import", () => {
  test("a semicolon CRLF file with BOM and Cyrillic is previewed, applied, and shows publicly", async ({
    page,
    context,
  }) => {
    const editor = await createTestUser("EDITOR", "importer");
    await signInBrowser(context, editor);
    const slug = "establish-commissioner-for-human-rights";
    const justification = `Закон принят ${Date.now()}`;
    const csv = `\uFEFFslug;field;new_value;effective_on;justification;evidence_urls\r\n${slug};ASSESSMENT;PARTIALLY_IMPLEMENTED;15.03.2024;"${justification};\r\nполномочия неполные";https://adilet.zan.kz/rus/docs/example\r\n`;

    await page.goto("/manage/import");
    await page.getByLabel(/Status changes/).check();
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "statuses.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page).toHaveURL(/\/manage\/import\/[a-z0-9]+$/);
    await expect(page.getByTestId("import-summary")).toContainText("1 status change");
    // The preview reads as words: the status labels, the effective date, the justification (Cyrillic
    // intact) and the evidence link, never the codes.
    const change = page.getByTestId("import-status-change");
    await expect(change).toContainText("Assessment: Not yet assessed → Partially implemented");
    await expect(change).toContainText("With effect from March 15, 2024");
    await expect(change).toContainText(justification);
    await expect(change).toContainText("полномочия неполные");
    await expect(change).toContainText("https://adilet.zan.kz/rus/docs/example");
    await expect(page.getByTestId("import-operations")).not.toContainText("NOT_ASSESSED");
    expect((await e2eDb.commitment.findUniqueOrThrow({ where: { slug } })).assessment).toBe("NOT_ASSESSED");

    await page.getByRole("button", { name: "Apply 1 change" }).click();
    await expect(page.getByTestId("import-applied")).toBeVisible();
    const stored = await e2eDb.commitment.findUniqueOrThrow({ where: { slug }, include: { statusChanges: true } });
    expect(stored.assessment).toBe("PARTIALLY_IMPLEMENTED");
    expect(stored.statusChanges.map((change) => change.justification)).toContain(
      `${justification};\r\nполномочия неполные`,
    );
    // The page lists what was written, each record linked to its workspace page.
    const written = page.getByTestId("import-applied-records");
    await expect(written.getByRole("listitem")).toHaveCount(1);
    await expect(written).toContainText("Status change");
    await expect(written.getByRole("link", { name: stored.title })).toHaveAttribute(
      "href",
      new RegExp(`/manage/commitments/${stored.id}$`),
    );

    await page.goto(`/commitments/${slug}`);
    await expect(page.getByTestId("timeline")).toContainText(justification);
  });

  test("a Windows-1251 file is converted and says so; a malformed file is refused with the reason", async ({
    page,
    context,
  }) => {
    await signInBrowser(context, await createTestUser("EDITOR", "importer"));
    const content = "slug;title\r\nratify-iccpr-second-optional-protocol;Отменить смертную казнь\r\n";
    await page.goto("/manage/import");
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "legacy.csv", mimeType: "text/csv", buffer: toWindows1251(content) });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByText(/Windows-1251 encoding; it was converted/)).toBeVisible();
    await expect(page.getByTestId("import-operations")).toContainText("Отменить смертную казнь");

    await page.goto("/manage/import");
    await page.getByLabel("CSV file").setInputFiles({
      name: "broken.csv",
      mimeType: "text/csv",
      buffer: Buffer.from('slug,title\nabc,"never closed\n'),
    });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByTestId("import-file-error")).toContainText("never closed");
    await expect(page).toHaveURL(/\/manage\/import$/);
  });

  test("errors are listed by row and column, and nothing can be applied", async ({ page, context }) => {
    await signInBrowser(context, await createTestUser("EDITOR", "importer"));
    const before = await e2eDb.statusChange.count();
    await page.goto("/manage/import");
    await page.getByLabel(/Status changes/).check();
    await page.getByLabel("CSV file").setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "slug,field,new_value,effective_on,justification,evidence_urls\nratify-iccpr-second-optional-protocol,ASSESSMENT,DONE,2024-01-01,x,javascript:alert(1)\n",
      ),
    });
    await page.getByRole("button", { name: "Preview the import" }).click();
    const errors = page.getByTestId("import-errors");
    await expect(errors).toContainText("new_value");
    await expect(errors).toContainText("evidence_urls");
    await expect(page.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
    expect(await e2eDb.statusChange.count()).toBe(before);
  });
});

test.describe("bulk import of UN recommendations", () => {
  test("OHCHR's thematic list (.docx) is recognised, taken as the tracked state's, applied, and counted", async ({
    page,
    context,
  }) => {
    await signInBrowser(context, await createTestUser("EDITOR", "docx-importer"));
    // A 4th-generation list with paragraph numbers no other test uses.
    const prefix = String(700 + (Date.now() % 200));
    const buffer = Buffer.from(await thematicListDocx(4, thematicRows(4, prefix)));
    await page.goto("/manage/import");
    // The limit is stated before anything is uploaded.
    await expect(page.locator("#import-file-hint")).toContainText("Up to 5 MB");
    await page.getByLabel(/UN recommendations/).check();
    await page.getByLabel("CSV file").setInputFiles({
      name: "thematic-list.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer,
    });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page).toHaveURL(/\/manage\/import\/[a-z0-9]+$/);
    await expect(page.getByTestId("import-layout")).toContainText("OHCHR thematic list of recommendations (4th cycle");
    await expect(page.getByTestId("import-assumed-state")).toContainText("Kazakhstan");
    await expect(page.getByTestId("import-summary")).toContainText("3 new recommendations");
    // Recommending states in the reader's language, from their ISO codes.
    await expect(page.getByTestId("import-operations")).toContainText("Maldives; Portugal");

    await page.getByRole("button", { name: "Apply 3 changes" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Imported: thematic-list.docx");
    await expect(page.getByTestId("import-applied-count")).toContainText("3 recommendations were created");
    await expect(page.getByTestId("import-applied-records").getByRole("link")).toHaveCount(3);
    const stored = await e2eDb.recommendation.findFirstOrThrow({
      where: { paragraph: `${prefix}.7`, cycle: "4th cycle" },
    });
    expect(stored).toMatchObject({ stateUnderReview: "KZ", recommendingStateCodes: "MV;PT", sdgGoals: "5;16" });

    // The same file again: everything is recognised, nothing to apply.
    await page.goto("/manage/import");
    await page.getByLabel(/UN recommendations/).check();
    await page.getByLabel("CSV file").setInputFiles({
      name: "thematic-list.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer,
    });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByTestId("import-summary")).toContainText("No new recommendations; 3 already in Uade");
  });

  test("a file with a bad row imports only the good rows when asked, and the rows left out download as CSV", async ({
    page,
    context,
  }) => {
    await signInBrowser(context, await createTestUser("EDITOR", "partial-importer"));
    const mark = Date.now();
    const csv = [
      "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
      `Kazakhstan,Asia,,[FIXTURE] A good row ${mark},Norway,WEOG,,Accepted,2,Detention,9`,
      `Kazakhstan,Asia,,[FIXTURE] A bad row ${mark},Norway,WEOG,,Accepted,9,Detention,9`,
    ].join("\n");
    await page.goto("/manage/import");
    // Each kind's starting file is offered on the page.
    const template = await page.request.get("/manage/import/templates/recommendations.csv");
    expect(template.status()).toBe(200);
    expect(await template.text()).toContain(
      "mechanism,cycle,symbol,paragraph,recommending_state,state_under_review,text",
    );
    await page.getByLabel(/UN recommendations/).check();
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "classic.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByTestId("import-layout")).toContainText("UPR Info classic CSV");
    await expect(page.getByTestId("import-errors")).toContainText("is not an action category");
    expect(await e2eDb.recommendation.count({ where: { text: { contains: String(mark) } } })).toBe(0);

    await page.getByText("Import the 1 row without problems").first().click();
    await page.getByRole("group").getByRole("button", { name: "Import the 1 row without problems" }).click();
    await expect(page.getByTestId("import-applied-count")).toContainText("1 recommendation was created");
    expect(await e2eDb.recommendation.count({ where: { text: { contains: String(mark) } } })).toBe(1);
    const link = page.getByRole("link", { name: "Download the 1 row left out (CSV)" });
    const skipped = await page.request.get((await link.getAttribute("href"))!);
    const text = await skipped.text();
    expect(text).toContain(`A bad row ${mark}`);
    expect(text).not.toContain(`A good row ${mark}`);
  });
});
