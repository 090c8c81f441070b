import { expect, test } from "@playwright/test";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

test("two editors edit one commitment: the second sees what changed, keeps their input, and the first save stands", async ({ browser }) => {
  const [first, second] = [await createTestUser("EDITOR", "first"), await createTestUser("EDITOR", "second")];
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `e2e-conflict-${Date.now()}`,
      title: "Original title",
      summary: "Original summary",
      category: "children",
      responsibleBody: "Ministry of Education",
      quotes: { create: [{ text: "A quote.", source: { create: { title: "A source" } } }] },
    },
  });
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  await signInBrowser(contextA, first);
  await signInBrowser(contextB, second);
  const pageA = await contextA.newPage();
  const pageB = await contextB.newPage();
  await pageA.goto(`/manage/commitments/${commitment.id}`);
  await pageB.goto(`/manage/commitments/${commitment.id}`);

  const formA = pageA.getByRole("form", { name: "Edit commitment" });
  await formA.getByLabel("Title").fill("Title saved by the first editor");
  await formA.getByRole("button", { name: "Save changes" }).click();
  await expect(pageA.getByRole("status")).toHaveText("Your changes were saved.");

  const formB = pageB.getByRole("form", { name: "Edit commitment" });
  await formB.getByLabel("Summary").fill("Summary typed by the second editor");
  await formB.getByRole("button", { name: "Save changes" }).click();

  const conflict = pageB.getByTestId("conflict");
  await expect(conflict).toContainText("Someone else saved this record first");
  const titleRow = conflict.getByRole("row", { name: /Title/ });
  await expect(titleRow).toContainText("Original title");
  await expect(titleRow).toContainText("Title saved by the first editor");
  await expect(formB.getByLabel("Summary")).toHaveValue("Summary typed by the second editor");
  await expect(formB.getByRole("button", { name: "Save my version again" })).toBeVisible();

  const stored = await e2eDb.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
  expect(stored).toMatchObject({ title: "Title saved by the first editor", summary: "Original summary", version: 2 });

  // Re-applying after seeing the conflict is a deliberate save on top of the current version.
  await formB.getByLabel("Title").fill("Title saved by the first editor");
  await formB.getByRole("button", { name: "Save my version again" }).click();
  await expect(pageB.getByRole("status")).toHaveText("Your changes were saved.");
  expect(await e2eDb.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
    title: "Title saved by the first editor",
    summary: "Summary typed by the second editor",
    version: 3,
  });
  await contextA.close();
  await contextB.close();
});
