import { describe, expect, it } from "vitest";
import type { Locale } from "./locales";
import { renderAll, type Rendering } from "./message-samples";

// The texts readers get outside the pages — mail subjects and bodies, feed titles, the shadow
// report's fixed sentences, the audit log's labels — rendered in Kazakh and Russian with real values
// and compared with the approved copies in i18n/approved/. A change to any of them is a visible diff
// there: after a reviewed change, run `npx vitest run i18n/approved-texts.test.ts -u` and commit.

const PARTS = ["notifyMail.", "openData.feed", "openData.commitmentFeed", "shadowReport.", "audit."];

function approvedText(renderings: Rendering[]): string {
  const shown = (r: Rendering) =>
    Object.entries(r.values)
      .filter(([, value]) => typeof value === "number" || !/[\p{L}]{4,}/u.test(String(value)))
      .map(([name, value]) => `${name}=${value}`)
      .join(", ");
  return (
    renderings
      .map((r) => `${r.key}${shown(r) ? ` [${shown(r)}]` : ""}\n  ${r.text.replace(/\n/g, "\n  ")}`)
      .join("\n") + "\n"
  );
}

describe.each(["kk", "ru"] satisfies Locale[])("approved %s texts", (locale) => {
  it("mail, feeds, the shadow report and the audit log read as approved", async () => {
    const renderings = await renderAll(locale, (key) => PARTS.some((part) => key.startsWith(part)));
    expect(renderings.some((r) => r.key.startsWith("notifyMail."))).toBe(true);
    expect(renderings.some((r) => r.key.startsWith("audit."))).toBe(true);
    await expect(approvedText(renderings)).toMatchFileSnapshot(`./approved/${locale}.txt`);
  });
});
