import { expect, test } from "./support/test";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

test("two editors edit one commitment: the second sees what changed, keeps their input, and the first save stands", async ({
  browser,
}) => {
  const [first, second] = [await createTestUser("EDITOR", "first"), await createTestUser("EDITOR", "second")];
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `e2e-conflict-${Date.now()}`,
      title: "Original title",
      summary: "Original summary",
      category: "children",
      responsibleBody: "ministry-of-education",
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

test("two editors record a status at once: the second sees the new status, keeps their justification, and nothing is overwritten", async ({
  browser,
}) => {
  const [first, second] = [await createTestUser("EDITOR", "statusone"), await createTestUser("EDITOR", "statustwo")];
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `e2e-status-conflict-${Date.now()}`,
      title: "Status race",
      summary: "s",
      category: "justice",
      responsibleBody: "law-enforcement-courts-parliament",
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

  const formA = pageA.getByRole("form", { name: "Update status" });
  await formA.getByLabel("New status").selectOption({ label: "In progress" });
  await formA.getByLabel("Reason").selectOption({ label: "Law amended" });
  await formA.getByLabel("Justification").fill("A draft law was submitted to parliament.");
  await formA.getByRole("button", { name: "Record status change" }).click();
  await expect(pageA.getByRole("status")).toHaveText("The status change was recorded.");

  const formB = pageB.getByRole("form", { name: "Update status" });
  await formB.getByLabel("New status").selectOption({ label: "Stalled" });
  await formB.getByLabel("Reason").selectOption({ label: "Blocked by parliament" });
  await formB.getByLabel("Justification").fill("No progress reported for a year.");
  await formB.getByRole("button", { name: "Record status change" }).click();
  const conflict = pageB.getByTestId("conflict");
  await expect(conflict).toContainText("Someone else saved this record first");
  await expect(conflict.getByRole("row", { name: /Evidence shows/ })).toContainText("In progress");
  await expect(formB.getByLabel("Justification")).toHaveValue("No progress reported for a year.");
  await expect(formB.getByLabel("New status")).toHaveValue("STALLED");

  const history = await e2eDb.statusChange.findMany({ where: { commitmentId: commitment.id } });
  expect(history.map((change) => [change.toValue, change.recordedById])).toEqual([["IN_PROGRESS", first.id]]);
  await contextA.close();
  await contextB.close();
});
