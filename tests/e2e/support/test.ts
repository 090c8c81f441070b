import { test as base, expect, type Locator } from "@playwright/test";

// Every spec imports `test` and `expect` from here rather than from @playwright/test.
//
// React resets a server-rendered <textarea> when it hydrates. The app puts back what was typed
// before (components/forms), but Playwright's fill selects the old text and then inserts the new in
// two steps: a hydration landing between them leaves the new text in front of the old one. So
// filling a textarea here waits until the textarea says it is hydrated (`data-hydrated`); other
// fields are kept by React and are filled at once. `fillBeforeHydration` is the unguarded fill, for
// the tests of typing before hydration.

export * from "@playwright/test";

const PATCHED = Symbol.for("uade.fillWaitsForHydration");
let unguardedFill: Locator["fill"] | null = null;

function guardFill(prototype: Locator & { [PATCHED]?: true }) {
  if (prototype[PATCHED]) return;
  const fill = prototype.fill;
  unguardedFill = fill;
  prototype.fill = async function (this: Locator, value, options) {
    const tag = await this.evaluate((element) => element.tagName, undefined, { timeout: options?.timeout });
    if (tag === "TEXTAREA") await expect(this).toHaveAttribute("data-hydrated", "true", { timeout: options?.timeout });
    return fill.call(this, value, options);
  };
  prototype[PATCHED] = true;
}

export const test = base.extend<object, { fillWaitsForHydration: void }>({
  fillWaitsForHydration: [
    async ({ browser }, use) => {
      // Locator's class is not exported: take its prototype from a throwaway page, once per worker.
      const page = await browser.newPage();
      guardFill(Object.getPrototypeOf(page.locator("body")));
      await page.close();
      await use();
    },
    { scope: "worker", auto: true },
  ],
});

/** Fills a field without waiting for hydration, as a person typing on a slow connection would. */
export async function fillBeforeHydration(locator: Locator, value: string) {
  if (!unguardedFill) throw new Error("fillBeforeHydration needs the test fixture of tests/e2e/support/test.ts");
  await unguardedFill.call(locator, value);
}
