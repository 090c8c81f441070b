import { expect, test } from "./support/test";
import { createTestUser, e2eDb, signInBrowser } from "./support/auth";

// A Russian editor works in Russian from start to finish: the record's language, its slug, the
// downloads linked from Russian pages and the audit log all follow, with no English, enum code or id.

const suffix = `l${Date.now().toString(36)}`;

test("a Russian editor creates a Russian commitment, gets a Latin slug, Russian CSVs and feeds, and an audit log in words", async ({
  page,
  context,
}) => {
  // A whole working session in one test: creating, publishing, a status change, downloads, the audit log.
  test.setTimeout(120_000);
  const editor = await createTestUser("EDITOR", `ru${suffix}`);
  await signInBrowser(context, editor);
  const title = `Расширить национальный превентивный механизм ${suffix}`;

  await page.goto("/ru/manage/commitments/new");
  const form = page.getByRole("form", { name: "Новое обязательство" });
  await expect(form.getByLabel("Язык текста")).toHaveValue("ru");
  await form.getByLabel("Название", { exact: true }).fill(title);
  await form.getByLabel("Краткое описание").fill("Распространить НПМ на все места лишения свободы.");
  await form.getByLabel("Тема").selectOption({ label: "Пытки и жестокое обращение" });
  await form.getByLabel("Ответственный орган").selectOption({ label: "Уполномоченный по правам человека" });
  await form.getByLabel("Дословная цитата").fill("Мы расширим национальный превентивный механизм.");
  await form.getByText("Или опишите новый источник").click();
  await form.getByLabel("Название источника").fill("Выступление в Совете по правам человека");
  await form.getByRole("button", { name: "Создать черновик" }).click();
  await expect(page.getByRole("status")).toHaveText("Обязательство создано как черновик.");

  const stored = await e2eDb.commitment.findFirstOrThrow({ where: { title } });
  expect(stored.sourceLocale).toBe("ru");
  expect(stored.slug).toBe(`rasshirit-nacionalnyy-preventivnyy-mehanizm-${suffix}`);

  await page.getByRole("button", { name: "Опубликовать", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Обязательство опубликовано.");
  const status = page.getByRole("form", { name: "Обновить статус" });
  await status.getByLabel("Новый статус").selectOption({ label: "Застопорилось" });
  await status.getByLabel("Причина").selectOption({ label: "Заблокировано парламентом" });
  await status.getByLabel("Обоснование").fill("Законопроект так и не внесён в Мажилис.");
  await status.getByRole("button", { name: "Зафиксировать изменение статуса" }).click();
  await expect(page.getByRole("status")).toHaveText("Изменение статуса зафиксировано.");

  // "Open on the public site" opens this record's page, in Russian and without a "not translated" note.
  await page.getByTestId("view-public").click();
  await expect(page).toHaveURL(new RegExp(`/ru/commitments/${stored.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("not-translated")).toHaveCount(0);

  // The record's feed and JSON links carry the page's language; the feed is Russian throughout.
  const feedHref = await page
    .getByRole("link", { name: "Следить за изменениями этого обязательства (лента новостей, Atom)" })
    .getAttribute("href");
  expect(feedHref).toBe(`/commitments/${stored.slug}/feed.xml?lang=ru`);
  const feed = await (await page.request.get(feedHref ?? "")).text();
  expect(feed).toContain('xml:lang="ru"');
  expect(feed).toContain(`\u2068${title}\u2069: Оценка: Ещё не оценено → Застопорилось`);
  expect(feed).not.toMatch(/Assessment|Stalled|effective/);

  // The list's CSV link is in Russian, and so is every report's download.
  await page.goto(`/ru/commitments?q=${encodeURIComponent(suffix)}`);
  const listCsvHref = await page.getByRole("link", { name: "Скачать эти результаты в CSV" }).getAttribute("href");
  expect(listCsvHref).toContain("lang=ru");
  const listCsv = await (await page.request.get(listCsvHref ?? "")).text();
  expect(listCsv).toContain(`${stored.slug},${title},torture,Пытки и жестокое обращение`);
  for (const report of ["snapshot", "changes", "summary", "evidence"]) {
    await page.goto(`/ru/reports/${report}`);
    const href = await page.getByRole("link", { name: "Скачать CSV" }).getAttribute("href");
    expect(href, report).toContain("lang=ru");
  }
  await page.goto("/ru/reports/summary");
  const summaryCsv = await (
    await page.request.get((await page.getByRole("link", { name: "Скачать CSV" }).getAttribute("href")) ?? "")
  ).text();
  expect(summaryCsv).toContain("category,torture,Пытки и жестокое обращение");
  expect(summaryCsv).not.toContain("Torture and ill-treatment");

  // The audit log names the action in words and the commitment by its title, linked; no raw keys or ids.
  const admin = await createTestUser("ADMIN", `audit${suffix}`);
  await signInBrowser(context, admin);
  await page.goto(`/ru/manage/audit?entityId=${stored.id}`);
  const table = page.getByTestId("audit-table");
  await expect(table).toContainText("Статус изменён");
  await expect(table).toContainText("Обязательство создано");
  await expect(table).toContainText("Что показывают факты: Ещё не оценено → Застопорилось");
  await expect(table.getByRole("link", { name: title }).first()).toHaveAttribute(
    "href",
    `/ru/manage/commitments/${stored.id}`,
  );
  for (const raw of ["status.update", "commitment.create", "NOT_ASSESSED", "STALLED", stored.id, "statusChangeId"])
    await expect(table).not.toContainText(raw);
});

test("a mistyped filter is explained in the reader's language, naming the filter, not in developer English", async ({
  page,
}) => {
  await page.goto("/ru/commitments?assessment=FOO&category=torture");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText(
    "Некоторые значения фильтров в адресе не распознаны и не учтены: Факты показывают: «FOO»",
  );
  await expect(alert).not.toContainText("Invalid");
  await expect(alert).not.toContainText("assessment");
});

test("a page number past the last page says so and links to the last page", async ({ page }) => {
  await page.goto("/en/commitments?category=torture&page=999");
  const notice = page.getByTestId("past-last-page");
  await expect(notice).toContainText("There is no page 999");
  await notice.getByRole("link", { name: /Go to the last page/ }).click();
  await expect(page).toHaveURL(/\/en\/commitments\?category=torture$/);
  await expect(page.getByTestId("past-last-page")).toHaveCount(0);
});

test("a report date problem names the field in words, and dates in sentences are the locale's", async ({ page }) => {
  await page.goto("/ru/reports/summary?date=1-3-2025");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Дата: укажите дату в виде ГГГГ-ММ-ДД");
  await expect(page.getByRole("main").getByRole("alert")).not.toContainText("date:");
  await page.goto("/ru/reports/summary?date=2026-03-01");
  await expect(page.getByTestId("report-count")).toContainText("1 марта 2026");
  await expect(page.getByTestId("report-count")).not.toContainText("2026-03-01");
});
