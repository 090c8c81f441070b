import JSZip from "jszip";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { translateMessage } from "@/lib/forms/messages";
import { parseCsv, serialiseParsedFile } from "@/lib/import/parse";
import { saveImportDraft } from "@/lib/import/mutations";
import { isZipFile, MAX_WORKBOOK_UNPACKED_BYTES, readWorkbookAsCsv } from "@/lib/import/workbook";
import { uhriRows, uhriWorkbook } from "@/tests/support/uhri-workbook";
import { planRecommendationDraft } from "./import-data";
import { paragraphFromText, type RecommendationPlan } from "./import-plan";
import { applyRecommendationPlan } from "./import-mutations";
import { sdgTitle } from "./vocabulary";

// UHRI's own "Export to Excel" layout, uploaded as the workbook it is (tests/support/uhri-workbook.ts).

const key = (token: string) =>
  translateMessage(
    token,
    Object.assign((name: string, values?: object) => `${name}${values ? ` ${JSON.stringify(values)}` : ""}`, {
      has: () => true,
    }),
  );
let editorId = "";

beforeAll(async () => {
  editorId = (
    await db.user.create({
      data: { email: "uhri-workbook@example.org", name: "Importer", passwordHash: "x", role: "EDITOR" },
    })
  ).id;
});
afterAll(() => db.$disconnect());

async function planOfWorkbook(bytes: Buffer) {
  const decoded = await readWorkbookAsCsv(new Uint8Array(bytes));
  if (!decoded.isOk) throw new Error(key(decoded.message));
  const parsed = await parseCsv(decoded.text);
  if (!parsed.isOk) throw new Error(key(parsed.message));
  const draft = await saveImportDraft(
    {
      kind: "recommendations",
      fileName: "uhri.xlsx",
      content: decoded.text,
      parsed: await serialiseParsedFile(parsed),
      note: decoded.note,
    },
    editorId,
  );
  const plan = (await planRecommendationDraft({
    content: decoded.text,
    parsed: await serialiseParsedFile(parsed),
  })) as RecommendationPlan;
  return { decoded, draft, plan };
}

describe("paragraphFromText", () => {
  it("reads the number that starts a UPR text or follows a treaty body's heading", () => {
    expect(paragraphFromText("118.23 Consider ratifying …")).toBe("118.23");
    expect(paragraphFromText("Rural women 49.The Committee notes with concern")).toBe("49");
    expect(paragraphFromText("10. The State party should …")).toBe("10");
    expect(paragraphFromText("The State party should act")).toBeNull();
  });
});

describe("a UHRI Excel export", () => {
  it("is read as it is: prefixes dropped, lines split, paragraph from the text, day numbers as dates, new SDG targets added", async () => {
    const bytes = await uhriWorkbook(uhriRows("WB1"));
    expect(isZipFile(new Uint8Array(bytes))).toBe(true);
    const { decoded, draft, plan } = await planOfWorkbook(bytes);
    expect(key(decoded.note ?? "")).toBe('fileWorkbookRead {"sheet":"Annotations","rows":3}');
    expect(plan.errors.map((error) => `${error.rowNumber} ${error.column}: ${key(error.message)}`)).toEqual([]);
    expect(plan.missingColumns).toEqual([]);
    expect(plan.layout).toBe("uhri");
    expect(plan.ignoredColumns).toEqual(expect.arrayContaining(["type", "ohchr annotation id"]));
    // "Countries Concerned" is the state under review: Kazakhstan, a tracked state.
    expect(plan.skipped).toEqual([]);
    const [cat, upr, special] = plan.creates;
    expect(cat).toMatchObject({
      mechanismCode: "CAT",
      symbol: "CAT/C/KAZ/CO/WB1",
      paragraph: "10",
      recommendingState: "",
      response: "NONE",
      themes: ["Torture and other cruel, inhuman or degrading treatment", "Administration of justice"],
      affectedGroups: ["Persons deprived of their liberty"],
      sdgTargets: ["16.3", "16.1"],
      textLocale: "en",
    });
    expect(cat?.issuedOn?.toISOString().slice(0, 10)).toBe("2021-12-07");
    expect(cat?.text).toMatch(/^Definition of torture 10\. The State party \[FIXTURE\]/);
    expect(upr).toMatchObject({
      mechanismCode: "UPR",
      paragraph: "118.23",
      recommendingState: "Fixtureland; Testonia",
      response: "SUPPORTED",
      // UPR session 34 is in the 3rd cycle (sessions 27–40).
      cycle: "3rd cycle",
      sdgTargets: ["1.4"],
    });
    expect(upr?.issuedOn?.toISOString().slice(0, 10)).toBe("2020-01-01");
    // "- SR Torture" and "- Special Procedures": the listed mechanism is the first name Uade knows.
    expect(special).toMatchObject({ mechanismCode: "SR-TORTURE", paragraph: "85", symbol: "A/HRC/WB1/52/Add.1" });
    expect(plan.newSdgTargets).toEqual([{ code: "1.4", goal: 1, title: "Equal rights to economic resources" }]);

    expect(await db.sdgTarget.findUnique({ where: { code: "1.4" } })).toBeNull();
    const outcome = await applyRecommendationPlan(plan, draft.id, editorId);
    expect(outcome.ok).toBe(true);
    const target = await db.sdgTarget.findUniqueOrThrow({ where: { code: "1.4" } });
    expect(target).toMatchObject({ goal: 1, titleEn: "Equal rights to economic resources", titleRu: "" });
    // Until someone translates it, Russian and Kazakh readers see the English title.
    expect(sdgTitle(target, "ru")).toBe("Equal rights to economic resources");
    const stored = await db.recommendation.findFirstOrThrow({
      where: { symbol: `A/HRC/WB1/10` },
      include: { sdgTargets: true },
    });
    expect(stored.sdgTargets.map((row) => row.targetCode)).toEqual(["1.4"]);

    // The same file again: every row is already there, and no target is new any more.
    const again = (await planOfWorkbook(bytes)).plan;
    expect(again.creates).toHaveLength(0);
    expect(again.unchanged).toHaveLength(3);
    expect(again.newSdgTargets).toEqual([]);
  });

  it("refuses an impossible SDG target and a text without its paragraph number, naming the row", async () => {
    const rows = uhriRows("WB2");
    rows[0] = { ...rows[0], Sdgs: "- 18.2 - Not a goal" };
    rows[1] = { ...rows[1], Text: "[FIXTURE] A text without its number (Fixtureland);" };
    const { plan } = await planOfWorkbook(await uhriWorkbook(rows));
    expect(
      plan.errors.map((error) => `${error.rowNumber} ${error.column}: ${key(error.message).split(" ")[0]}`),
    ).toEqual(["2 sdgs: recUnknownSdg", "3 paragraph: recParagraphNotInText"]);
  });

  it("refuses a damaged workbook, one that would unpack too large, and an empty sheet, saying what to do", async () => {
    const notWorkbook = await new JSZip().file("hello.txt", "not a workbook").generateAsync({ type: "uint8array" });
    const unreadable = await readWorkbookAsCsv(notWorkbook);
    expect(unreadable.isOk ? "" : key(unreadable.message)).toMatch(/^fileWorkbookUnreadable/);

    // 26 MB of zeros compress to about 26 KB: the ZIP's directory tells the size before unpacking.
    const bomb = await new JSZip()
      .file("xl/workbook.xml", "<workbook/>")
      .file("xl/worksheets/sheet1.xml", new Uint8Array(MAX_WORKBOOK_UNPACKED_BYTES + 1024 * 1024))
      .generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const tooLarge = await readWorkbookAsCsv(bomb);
    expect(tooLarge.isOk ? "" : key(tooLarge.message)).toBe('fileWorkbookTooLarge {"limit":25}');

    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Empty");
    const blank = await readWorkbookAsCsv(new Uint8Array(await empty.xlsx.writeBuffer()));
    expect(blank.isOk ? "" : key(blank.message)).toMatch(/^fileWorkbookEmpty/);
  });
});
