import { expect, test } from "./support/test";
import { buildSearchText } from "../../lib/search-text";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

// Issue 25: an editor links two suggested recommendations to a commitment and marks one "not
// related" (it does not come back); the public pages show the links and the "made before" list
// in Kazakh, Russian and English. The words are made up per run, so nothing else in the database
// shares them and the suggestions are these records'.

const letters = (seed: number) =>
  Array.from({ length: 8 }, (_, index) => String.fromCharCode(97 + (((seed >>> 0) >>> (index * 3)) % 26))).join("");

async function seed() {
  const now = Date.now();
  const marsh = `q${letters(now)}`;
  const region = `z${letters(Math.floor(now / 7))}`;
  const commitment = await e2eDb.commitment.create({
    data: {
      slug: `protect-${marsh}-${now}`,
      title: `Protect the ${marsh} wetlands of ${region}`,
      summary: `Stop the drainage of the ${marsh} wetlands of ${region}.`,
      category: "social-rights",
      responsibleBody: "government",
      isPublished: true,
      firstPublishedAt: new Date(),
    },
  });
  const recommendation = async (label: string, mechanismCode: string, year: number, state: string, text: string) => {
    const row = {
      mechanismCode,
      cycle: mechanismCode === "UPR" ? `${label} cycle` : `${label} session`,
      symbol: mechanismCode === "UPR" ? `A/HRC/${now % 1000}/${label}` : `CEDAW/C/KAZ/CO/${label}`,
      paragraph: `${now % 10_000}.${label}`,
      recommendingState: state,
      text,
      issuedOn: new Date(`${year}-06-15T00:00:00Z`),
    };
    return e2eDb.recommendation.create({
      data: { ...row, searchText: buildSearchText([row.symbol, row.paragraph, row.cycle, row.text]) },
    });
  };
  const first = await recommendation(
    "1",
    "UPR",
    2010,
    "France",
    `Protect the ${marsh} wetlands of ${region} from drainage.`,
  );
  const second = await recommendation(
    "2",
    "UPR",
    2014,
    "Spain",
    `Protect the ${marsh} wetlands of ${region} and stop their drainage.`,
  );
  const third = await recommendation(
    "3",
    "CEDAW",
    2019,
    "",
    `Stop the drainage of the ${marsh} wetlands of ${region}.`,
  );
  return { commitment, first, second, third };
}

test("an editor links two suggestions, marks one not related, and readers see the links and the earlier recommendations", async ({
  page,
  context,
}) => {
  const { commitment, first, second, third } = await seed();
  await signInBrowser(context, await createTestUser("EDITOR", "linker"));
  await page.goto(`/en/manage/commitments/${commitment.id}`);
  const suggested = page.getByTestId("suggested-recommendations");
  await expect(suggested.getByRole("heading", { name: "Suggested recommendations" })).toBeVisible();
  const item = (text: string) => suggested.getByTestId("suggestion").filter({ hasText: text });
  for (const recommendation of [first, second, third]) await expect(item(recommendation.text)).toBeVisible();

  await item(first.text).getByRole("button", { name: "Link" }).click();
  await expect(item(first.text)).toHaveCount(0);
  await item(second.text).getByRole("button", { name: "Link" }).click();
  await expect(item(second.text)).toHaveCount(0);
  await item(third.text).getByRole("button", { name: "Not related" }).click();
  await expect(item(third.text)).toHaveCount(0);

  await page.reload();
  await expect(suggested.getByTestId("suggestion")).toHaveCount(0);
  await expect(page.getByTestId("commitment-recommendations-linked").getByRole("listitem")).toHaveCount(2);
  expect(await e2eDb.commitmentRecommendation.count({ where: { commitmentId: commitment.id } })).toBe(2);
  expect(await e2eDb.auditEvent.count({ where: { entityId: commitment.id, action: "suggestion.dismiss" } })).toBe(1);

  const sentences = {
    en: /made to Kazakhstan 3 times since 2010/,
    ru: /обращали к Казахстану 3 раза с 2010 года/,
    kk: /Қазақстанға 2010 жылдан бері 3 рет қойылды/,
  };
  const headings = {
    en: "Made before and again",
    ru: "Рекомендовалось раньше и позже",
    kk: "Бұрын және кейін берілген ұсынымдар",
  };
  for (const locale of ["kk", "ru", "en"] as const) {
    await page.goto(`/${locale}/recommendations/${second.id}`);
    await expect(page.getByTestId("linked-commitments")).toContainText(commitment.title);
    const madeAgain = page.getByTestId("made-again");
    await expect(madeAgain.getByRole("heading", { name: headings[locale] })).toBeVisible();
    await expect(madeAgain).toContainText(sentences[locale]);
    await expect(madeAgain.getByRole("link")).toHaveCount(2);
    await expect(madeAgain.getByRole("link").first()).toHaveAttribute("href", new RegExp(`${first.id}$`));
    await expect(madeAgain).toContainText("France");
  }
});
