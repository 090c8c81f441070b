import ExcelJS from "exceljs";

// A workbook in the layout of UHRI's "Export to Excel" (uhri.ohchr.org), with its quirks: the
// column names as UHRI spells them ("Reccomending Body", "UPR Reccomending States"), every value a
// "- " list item, several values on separate lines, no paragraph column (the number starts the
// text), dates as Excel day numbers and SDG targets as "16.3 - title". The layout follows two
// independent readers of real exports (see README, "Import"); every text is invented for tests.

export const UHRI_COLUMNS = [
  "Text",
  "Countries Concerned",
  "Reccomending Body",
  "Document Symbol",
  "Themes",
  "Affected Persons",
  "Sdgs",
  "Document Publication Date",
  "UPR Reccomending States",
  "UPR Position",
  "Type",
  "OHCHR Annotation Id",
  "UPR Session",
  "Regions Concerned",
  "Recommending Regions",
  "Date of publication on UHRI",
] as const;

export type UhriRow = Partial<Record<(typeof UHRI_COLUMNS)[number], string | number>>;

/** Three rows: a CAT paragraph after its heading, a UPR recommendation two states made, a special rapporteur's. */
export function uhriRows(suffix: string): UhriRow[] {
  return [
    {
      Text: `Definition of torture 10. The State party [FIXTURE] should bring the definition of torture into line with article 1 of the Convention ${suffix}.`,
      "Countries Concerned": "- Kazakhstan",
      "Reccomending Body": "- CAT",
      "Document Symbol": `CAT/C/KAZ/CO/${suffix}`,
      Themes: "- Torture and other cruel, inhuman or degrading treatment\n- Administration of justice",
      "Affected Persons": "- Persons deprived of their liberty",
      Sdgs: "- 16.3 - Promote the rule of law\n- 16.1 - Reduce violence everywhere",
      // Excel's day number for 2021-12-07.
      "Document Publication Date": 44537,
      Type: "- Recommendations",
      "OHCHR Annotation Id": "00000000-0000-4000-8000-000000000001",
      "Regions Concerned": "- Asia-Pacific",
      "Date of publication on UHRI": 44600.5,
    },
    {
      Text: `118.23 [FIXTURE] Consider ratifying the Optional Protocol on a communications procedure ${suffix} (Fixtureland) (Testonia);`,
      "Countries Concerned": "- Kazakhstan",
      "Reccomending Body": "- UPR",
      "Document Symbol": `A/HRC/${suffix}/10`,
      Themes: "- Ratification of & accession to international instruments",
      Sdgs: "- 1.4 - Equal rights to economic resources",
      "Document Publication Date": 43831,
      "UPR Reccomending States": "- Fixtureland\n- Testonia",
      "UPR Position": "- Supported",
      Type: "- Recommendations",
      "OHCHR Annotation Id": "00000000-0000-4000-8000-000000000002",
      "UPR Session": "- 34th session",
      "Recommending Regions": "- WEOG",
    },
    {
      Text: `Conclusions 85. The Government [FIXTURE] should close the temporary detention facilities visited ${suffix}.`,
      "Countries Concerned": "- Kazakhstan",
      "Reccomending Body": "- SR Torture\n- Special Procedures",
      "Document Symbol": `A/HRC/${suffix}/52/Add.1`,
      Themes: "- Conditions of detention",
      "Document Publication Date": 44197,
      Type: "- Recommendations",
      "OHCHR Annotation Id": "00000000-0000-4000-8000-000000000003",
    },
  ];
}

/** The rows as an .xlsx file, one sheet named as UHRI names it. */
export async function uhriWorkbook(rows: UhriRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Annotations");
  sheet.addRow([...UHRI_COLUMNS]);
  for (const row of rows) sheet.addRow(UHRI_COLUMNS.map((column) => row[column] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
