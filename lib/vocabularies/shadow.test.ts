import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeShadowTable } from "@/lib/recommendations/shadow/report";
import { sheetsByTheme } from "@/lib/recommendations/shadow/table";

// The shadow report groups recommendations by theme in the reader's language (issue 23, item 5).

afterAll(() => db.$disconnect());

describe("the shadow report's themes", () => {
  it("are named in the report's language, an untranslated one as the file gave it", async () => {
    const cycle = "Fixture vocabulary session";
    await db.recommendation.create({
      data: {
        mechanismCode: "CAT",
        cycle,
        symbol: "CAT/C/KAZ/CO/95",
        paragraph: "7",
        text: "[FIXTURE] The State party should protect journalists.",
        themes: { create: [{ theme: "Freedom of opinion and expression" }, { theme: "Fixture theme nobody listed" }] },
      },
    });
    const report = await makeShadowTable({ mechanism: "CAT", cycle }, "kk");
    expect(report?.table.rows.map((row) => row.themes)).toEqual([
      ["Fixture theme nobody listed", "Пікір және оны білдіру бостандығы"],
    ]);
    // Sheet names are cut to Excel's 31 characters.
    const sheets = sheetsByTheme(report!.table).map((sheet) => sheet.name);
    expect(sheets.some((name) => name.startsWith("Пікір және оны"))).toBe(true);
    const english = await makeShadowTable({ mechanism: "CAT", cycle }, "en");
    expect(english?.table.rows[0]?.themes).toEqual([
      "Fixture theme nobody listed",
      "Freedom of opinion and expression",
    ]);
  });
});
