import { expect, test } from "./support/test";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

test("an editor adds, edits and removes evidence; the removal and its reason are in the audit log", async ({
  page,
  context,
}) => {
  const editor = await createTestUser("EDITOR", "evidence");
  await signInBrowser(context, editor);
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `e2e-evidence-${Date.now()}`,
      title: "Evidence target",
      summary: "s",
      category: "disability",
      responsibleBody: "labour-security-internal-affairs",
    },
  });
  await page.goto(`/manage/commitments/${commitment.id}`);

  const evidence = page.getByRole("region", { name: "Evidence" });
  await evidence.locator("summary", { hasText: "Add evidence" }).click();
  const add = page.getByRole("form", { name: "Add evidence" });
  await add.getByLabel("Web address").fill("https://www.un.org/disabilities/report");
  await add.getByLabel("Title").fill("UN report on accessibility");
  await add.getByLabel("Kind").selectOption({ label: "UN document" });
  await add.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status")).toHaveText("The evidence was added.");
  await expect(page.getByTestId("evidence-list")).toContainText("UN report on accessibility");

  await page.getByTestId("evidence-list").locator("summary", { hasText: "Edit" }).click();
  const edit = page.getByRole("form", { name: "Edit: UN report on accessibility" });
  await edit.getByLabel("Title").fill("UN report on accessibility (2024)");
  await edit.getByRole("button", { name: "Save evidence" }).click();
  await expect(page.getByRole("status")).toHaveText("The evidence was saved.");

  await page.getByTestId("evidence-list").locator("summary", { hasText: "Remove" }).click();
  await page
    .getByTestId("evidence-list")
    .getByLabel("Reason for removal")
    .fill("The link now points to another document.");
  await page.getByTestId("evidence-list").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("status")).toHaveText("The evidence was removed.");
  await expect(page.getByTestId("evidence-list")).not.toContainText("UN report on accessibility");

  const stored = await e2eDb.evidence.findFirstOrThrow({ where: { commitmentId: commitment.id } });
  expect(stored).toMatchObject({ title: "UN report on accessibility (2024)", removedById: editor.id, version: 3 });
  const removal = await e2eDb.auditEvent.findFirstOrThrow({
    where: { entityId: stored.id, action: "evidence.remove" },
  });
  expect(removal.actorId).toBe(editor.id);
  expect(removal.after).toContain("The link now points to another document.");
});
