import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

// One page of each public type, on a desktop and on a 360 px phone screen.
const PAGES = [
  ["overview", "/"],
  ["list", "/commitments"],
  ["filtered, empty list", "/commitments?q=no-such-words-anywhere&overdue=1"],
  ["commitment", "/commitments/ratify-iccpr-second-optional-protocol"],
  ["not found", "/no-such-page"],
  ["reports", "/reports"],
  ["snapshot report", "/reports/snapshot"],
  ["change report", "/reports/changes?from=2020-01-01"],
  ["summary report", "/reports/summary"],
  ["evidence register", "/reports/evidence"],
] as const;

for (const [name, path] of PAGES) {
  test(`axe finds no WCAG 2.2 AA violation on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });

  test(`the ${name} page fits a 360 px phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expectNoViolations(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

// The public face's page types, in every language, on a desktop and on a 360 px phone.
const NEW_PAGES = ["/method", "/changes", "/bodies", "/bodies/government", "/instruments/CAT"] as const;
for (const locale of ["kk", "ru", "en"]) {
  for (const path of NEW_PAGES) {
    test(`axe finds no violation on /${locale}${path} on a desktop`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expectNoViolations(page);
    });

    test(`axe finds no violation on /${locale}${path} on a 360 px phone, without sideways scrolling`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${locale}${path}`);
      await expectNoViolations(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

for (const locale of ["kk", "ru"]) {
  for (const path of ["", "/commitments", "/commitments/ratify-iccpr-second-optional-protocol", "/reports/snapshot"]) {
    test(`axe finds no violation on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expectNoViolations(page);
    });
  }
}

test("a keyboard user can skip to the main content", async ({ page }) => {
  await page.goto("/commitments");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("a commitment page prints as a handout: readable header, no navigation chrome", async ({ page }) => {
  await page.goto("/commitments/ratify-iccpr-second-optional-protocol");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
  const headerColours = await page.getByRole("banner").evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.color, background: style.backgroundColor };
  });
  expect(headerColours.color).toBe("rgb(0, 0, 0)");
  expect(headerColours.background).toBe("rgb(255, 255, 255)");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
