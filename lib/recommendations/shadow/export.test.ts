import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildShadowTable, type ShadowSource } from "./build-table";
import { measureColumnWidths, shadowDocx } from "./docx";
import { abbreviate, sheetsByTheme } from "./table";
import { shadowXlsx } from "./xlsx";

const commitment = (title: string, assessment: string, sha256: string | null): ShadowSource["commitments"][number] => ({
  commitment: {
    slug: title.toLowerCase().replace(/\s+/g, "-"),
    title,
    summary: "s",
    sourceLocale: "en",
    translations: [{ locale: "ru", title: `${title} (ru)`, summary: "s" }],
    officialClaim: "ADOPTED",
    claimSince: new Date("2024-01-10T00:00:00Z"),
    assessment,
    assessmentSince: new Date("2025-03-01T00:00:00Z"),
    statusChanges: [{ justification: "Law passed; practice unchanged", evidence: [{ evidenceId: "e1" }] }],
    evidence: [
      {
        id: "e1",
        title: "NGO report",
        url: "https://example.org/r",
        captures: sha256 ? [{ capturedAt: new Date("2025-03-02T08:00:00Z"), sha256 }] : [],
      },
      { id: "e2", title: "Not cited", url: "https://example.org/other", captures: [] },
    ],
  },
});

const source = (paragraph: string, themes: string[], linked: ShadowSource["commitments"]): ShadowSource => ({
  symbol: "CAT/C/KAZ/CO/4",
  paragraph,
  recommendingState: "",
  text: `[FIXTURE] English original ${paragraph}`,
  textLocale: "en",
  textEn: null,
  textRu: paragraph === "10" ? `[ТЕСТ] Русский перевод ${paragraph}` : null,
  textKk: null,
  response: "NONE",
  themes: themes.map((theme) => ({ theme })),
  commitments: linked,
});

const context = {
  locale: "ru" as const,
  siteUrl: "https://uade.example",
  organisation: "Test NGO",
  mechanism: { code: "CAT", kind: "TREATY_BODY", name: "Комитет против пыток" },
  cycle: "Fixture session 4",
  madeOn: new Date("2026-12-01T00:00:00Z"),
  summary: { total: 3, responses: { NONE: 3 }, assessments: { PARTIALLY_IMPLEMENTED: 1 }, linkedCommitments: 1 },
};

const table = buildShadowTable(
  [
    source("10", ["Torture", "Justice"], [commitment("Investigate torture", "PARTIALLY_IMPLEMENTED", "ab".repeat(32))]),
    source("12", [], []),
    source("14", ["Torture/CID: [x]"], []),
  ],
  context,
);

describe("the shadow-report table", () => {
  it("is in the reader's language: translation where there is one, the original marked, cited evidence with its SHA-256", () => {
    expect(table.columns.map((column) => column.header)).toEqual([
      "Документ",
      "Пункт",
      "Рекомендация",
      "Связанные обязательства",
      "Власти заявляют",
      "Факты показывают",
      "Почему",
      "Доказательства (копия сохранена, SHA-256)",
    ]);
    const [first, second] = table.rows;
    expect(first!.cells[2]).toBe("[ТЕСТ] Русский перевод 10");
    expect(second!.cells[2]).toBe(
      "[FIXTURE] English original 12\n(оригинальный текст на английском языке, перевода пока нет)",
    );
    expect(first!.cells[3]).toBe("Investigate torture (ru) — https://uade.example/ru/commitments/investigate-torture");
    expect(first!.cells[5]).toBe("Частично выполнено с 01.03.2025");
    expect(first!.cells[7]).toBe(
      `NGO report — https://example.org/r\n(копия сохранена 02.03.2025, SHA-256 ${"ab".repeat(32)})`,
    );
    expect(second!.cells[3]).toBe("Нет связанных обязательств");
    expect(table.summary).toContainEqual(["Частично выполнено", 1]);
  });

  it("gives each theme a sheet with a valid, unique name, rows without a theme last", () => {
    expect(sheetsByTheme(table).map((sheet) => [sheet.name, sheet.rows.length])).toEqual([
      ["Justice", 1],
      ["Torture", 1],
      ["Torture CID x", 1],
      ["Без темы", 1],
    ]);
  });

  it("as XLSX: a summary sheet, then theme sheets with a frozen header, wrapped text and column widths", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await shadowXlsx(table)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Сводка",
      "Justice",
      "Torture",
      "Torture CID x",
      "Без темы",
    ]);
    const sheet = workbook.getWorksheet("Torture")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).getCell(3).value).toBe("Рекомендация");
    expect(sheet.getRow(1).font?.bold ?? sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(3).value).toBe("[ТЕСТ] Русский перевод 10");
    expect(sheet.getRow(2).getCell(3).alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(3).width).toBe(60);
    // Wrapped text gets a tall enough row: the evidence cell here is three lines.
    expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(45);
    // Printed as an annex: A4 landscape, one page wide, the header row on every page.
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
  });

  it("names a long theme's sheet by whole words within 31 characters, apostrophes kept printable", () => {
    const long = buildShadowTable(
      [
        source("20", ["Torture and other cruel, inhuman or degrading treatment"], []),
        source("21", ["Torture and other cruel, inhuman or degrading punishment"], []),
        source("22", ["Women's rights"], []),
      ],
      context,
    );
    expect(sheetsByTheme(long).map((sheet) => sheet.name)).toEqual([
      "Torture and other cruel…",
      "Torture and other cruel… 2",
      "Women’s rights",
    ]);
    expect(abbreviate("Декриминализациялаудыңжәнебасқасөздер", 31)).toHaveLength(31);
  });

  it("as DOCX: one table whose header row repeats, with every row", async () => {
    const zip = await JSZip.loadAsync(await shadowDocx(table));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).not.toContain("UADE-SHADOW-TABLE-PLACEHOLDER");
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("[ТЕСТ] Русский перевод 10");
    expect(xml).toContain("Комитет против пыток: рекомендации и их выполнение (Fixture session 4)");
    // The three data rows follow the repeated header row (the summary table comes before it).
    expect(xml.slice(xml.indexOf("<w:tblHeader/>")).match(/<w:tr>/g)?.length).toBe(3);
    // Each row stays on one page.
    expect(xml.match(/<w:tr><w:trPr><w:cantSplit\/><\/w:trPr>/g)?.length).toBe(3);
    // A4 landscape; the organisation and the public site's address under the title.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain("Подготовлено: Test NGO (с помощью Uade)");
    expect(xml).toContain("https://uade.example/ru/commitments");
  });

  it("as DOCX: measured columns, none too narrow for its header's longest word or a paragraph number", () => {
    const widths = measureColumnWidths(table, 13_958);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(13_958);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeGreaterThan(13_900);
    // «Пункт» (5 bold letters) and "141.12" need about 0.5 in with the cell's margins; the old
    // proportional split gave 0.29 in (417 twips), and they broke one letter per line.
    expect(widths[1]).toBeGreaterThanOrEqual(2 * 72 + 6 * 90);
    // The recommendation's text gets a real column: over an inch and a half.
    expect(widths[2]).toBeGreaterThan(1.5 * 1440);
  });

  it("writes text that would break the XML or run as a formula as plain text", async () => {
    const hostile = buildShadowTable(
      [source("10", [], []), { ...source("11", [], []), text: '=HYPERLINK("http://evil")\u0001 <b>&', textRu: null }],
      { ...context, locale: "en" },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await shadowXlsx(hostile)) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("No theme")!.getRow(3).getCell(3).value).toBe(
      '\'=HYPERLINK("http://evil")\uFFFD <b>&',
    );
    const xml =
      (await (await JSZip.loadAsync(await shadowDocx(hostile))).file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain('=HYPERLINK("http://evil")\uFFFD &lt;b&gt;&amp;');
  });
});
