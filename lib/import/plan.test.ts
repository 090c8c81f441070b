import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse";
import { planImport, type CurrentCommitment, type CurrentState } from "./plan";
import { inEnglish } from "@/lib/forms/english-messages";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const existing: CurrentCommitment = {
  id: "c1",
  slug: "abolish-death-penalty",
  version: 3,
  title: "Abolish the death penalty",
  summary: "Kazakhstan promised to abolish it.",
  category: "death-penalty",
  responsibleBody: "parliament",
  instruments: ["ICCPR-OP2"],
  firstStatedOn: day("2021-01-02"),
  targetDate: null,
  officialClaim: "ADOPTED",
  assessment: "NOT_ASSESSED",
  evidence: [{ id: "e1", url: "https://adilet.zan.kz/law" }],
  latestChangeOn: { ASSESSMENT: null, OFFICIAL_CLAIM: day("2022-05-01") },
};
const bodyKeys = new Map([
  ["parliament", "parliament"],
  ["government", "government"],
  ["правительство", "government"],
  ["үкімет", "government"],
]);
const state: CurrentState = {
  commitments: new Map([[existing.slug, existing]]),
  instrumentCodes: new Set(["ICCPR-OP2", "CAT"]),
  bodyKeys,
  today: day("2026-11-22"),
  review: { reviewAssessments: false, reviewClaims: false },
};

async function plan(kind: "commitments" | "statuses", csv: string) {
  const parsed = await parseCsv(csv);
  if (!parsed.isOk) throw new Error(parsed.message);
  return planImport(kind, parsed.headers, parsed.rows, state);
}

describe("planning a commitments import", () => {
  it("reads the responsible body as a key or as its name in any language, and refuses an unknown one", async () => {
    const header = "slug,title,summary,category,responsible_body,quote,source_title\n";
    const named = await plan(
      "commitments",
      `${header}by-name,New,"A summary",torture,Правительство,"We will do it.",A speech\n`,
    );
    expect(named.errors).toEqual([]);
    expect(named.operations[0]).toMatchObject({ type: "create", fields: { responsibleBody: "government" } });
    const unknown = await plan(
      "commitments",
      `${header}unknown-body,New,"A summary",torture,Ministry of Magic,"We will do it.",A speech\n`,
    );
    expect(unknown.operations).toEqual([]);
    expect(unknown.errors).toMatchObject([{ rowNumber: 2, column: "responsible_body" }]);
    expect(inEnglish(unknown.errors[0]!.message)).toContain("Ministry of Magic");
  });

  it("finds an unchanged row unchanged, even with our export's extra columns", async () => {
    const result = await plan(
      "commitments",
      "slug,title,category,category_label,responsible_body,instruments,official_claim,assessment,first_stated_on,target_date,url\nabolish-death-penalty,Abolish " +
        "the death penalty,death-penalty,Death penalty,Parliament,ICCPR-OP2,ADOPTED,NOT_ASSESSED,2021-01-02,,https://x\n",
    );
    expect(result).toMatchObject({
      operations: [],
      errors: [],
      unchanged: [{ rowNumber: 2, slug: "abolish-death-penalty" }],
    });
    expect(result.ignoredColumns).toEqual(["category_label", "url"]);
  });

  it("lists what an update changes, reading Russian-style dates", async () => {
    const result = await plan(
      "commitments",
      'slug;title;target_date;instruments\nabolish-death-penalty;Abolish capital punishment;31.12.2027;"CAT; ICCPR-OP2"\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.operations).toEqual([
      expect.objectContaining({
        type: "update",
        version: 3,
        changes: [
          { field: "title", from: "Abolish the death penalty", to: "Abolish capital punishment" },
          { field: "instruments", from: "ICCPR-OP2", to: "CAT; ICCPR-OP2" },
          { field: "target_date", from: "", to: "2027-12-31" },
        ],
      }),
    ]);
  });

  it("creates a new commitment only with everything a new one needs", async () => {
    const complete = await plan(
      "commitments",
      'slug,title,summary,category,responsible_body,quote,source_title\nnew-one,New,"A summary",torture,Government,"We will do it.",A speech\n',
    );
    expect(complete.operations[0]).toMatchObject({
      type: "create",
      slug: "new-one",
      officialClaim: "NO_CLAIM",
      quote: { text: "We will do it.", sourceTitle: "A speech" },
    });
    const incomplete = await plan("commitments", "slug,title\nnew-two,New\n");
    expect(incomplete.operations).toEqual([]);
    expect(incomplete.errors.map((e) => e.column).sort()).toEqual([
      "category",
      "quote",
      "responsible_body",
      "source_title",
      "summary",
    ]);
  });

  it("reports each bad cell with its row and column", async () => {
    const result = await plan(
      "commitments",
      "slug,category,instruments,target_date,assessment\nabolish-death-penalty,space,NOPE,2027-02-30,IMPLEMENTED\nBad Slug,,,,\nabolish-death-penalty,,,,\n",
    );
    expect(result.operations).toEqual([]);
    expect(result.errors.map((e) => `${e.rowNumber}:${e.column}`)).toEqual([
      "2:category",
      "2:instruments",
      "2:target_date",
      "2:assessment",
      "3:slug",
      "4:slug",
    ]);
    expect(inEnglish(result.errors.find((e) => e.rowNumber === 4)?.message ?? "")).toMatch(/more than once/);
  });

  it("says which required column is missing", async () => {
    expect((await plan("commitments", "title\nx\n")).missingColumns).toEqual(["slug"]);
  });
});

describe("planning a status-change import", () => {
  it("plans changes, reuses known evidence, accepts labels, and applies rows in order", async () => {
    const result = await plan(
      "statuses",
      "slug,field,new_value,effective_on,justification,evidence_urls\n" +
        "abolish-death-penalty,assessment,Partially implemented,2025-01-10,Law adopted,https://adilet.zan.kz/law https://un.org/report\n" +
        "abolish-death-penalty,ASSESSMENT,IMPLEMENTED,2025-06-01,Fully in force,https://un.org/report\n",
    );
    expect(result.errors).toEqual([]);
    expect(result.operations).toEqual([
      expect.objectContaining({
        from: "NOT_ASSESSED",
        to: "PARTIALLY_IMPLEMENTED",
        evidenceIds: ["e1"],
        newEvidenceUrls: ["https://un.org/report"],
      }),
      expect.objectContaining({
        from: "PARTIALLY_IMPLEMENTED",
        to: "IMPLEMENTED",
        newEvidenceUrls: ["https://un.org/report"],
      }),
    ]);
  });

  it("applies the form's rules: evidence, future dates, unknown values, unsafe links", async () => {
    const result = await plan(
      "statuses",
      "slug,field,new_value,effective_on,justification,evidence_urls\n" +
        "abolish-death-penalty,ASSESSMENT,IMPLEMENTED,2025-01-01,Done,\n" +
        "abolish-death-penalty,ASSESSMENT,STALLED,2030-01-01,Later,\n" +
        "abolish-death-penalty,ASSESSMENT,FINISHED,2025-01-01,x,\n" +
        "abolish-death-penalty,ASSESSMENT,STALLED,2025-01-01,x,javascript:alert(1)\n" +
        "missing-slug,ASSESSMENT,STALLED,2025-01-01,,\n",
    );
    expect(result.operations).toEqual([]);
    expect(result.errors.map((e) => `${e.rowNumber}:${e.column}`)).toEqual([
      "2:evidence_urls",
      "3:effective_on",
      "4:new_value",
      "5:evidence_urls",
      "6:slug",
      "6:justification",
    ]);
  });

  it("refuses, in the preview, a change dated before the commitment was first stated or before independence", async () => {
    const result = await plan(
      "statuses",
      "slug,field,new_value,effective_on,justification,evidence_urls\n" +
        "abolish-death-penalty,ASSESSMENT,STALLED,2021-01-01,A day too early,\n" +
        "abolish-death-penalty,ASSESSMENT,STALLED,1990-05-01,Before independence,\n" +
        "abolish-death-penalty,ASSESSMENT,STALLED,2021-01-02,The day it was stated,\n",
    );
    expect(result.errors.map((e) => `${e.rowNumber}:${e.column}`)).toEqual(["2:effective_on", "3:effective_on"]);
    expect(inEnglish(result.errors[0]!.message)).toContain("2021");
    expect(inEnglish(result.errors[1]!.message)).toContain("1991");
    expect(result.operations).toEqual([expect.objectContaining({ rowNumber: 4, to: "STALLED" })]);
  });

  it("keeps each status's history in date order: not before the latest recorded change, nor before an earlier row", async () => {
    const result = await plan(
      "statuses",
      "slug,field,new_value,effective_on,justification\n" +
        "abolish-death-penalty,OFFICIAL_CLAIM,PLANNED,2022-04-30,Before the recorded change of 2022-05-01\n" +
        "abolish-death-penalty,ASSESSMENT,IN_PROGRESS,2025-06-01,Draft law\n" +
        "abolish-death-penalty,ASSESSMENT,STALLED,2025-05-31,Dated before the row above\n" +
        "abolish-death-penalty,OFFICIAL_CLAIM,IN_PROGRESS,2022-05-01,Same day as the recorded change\n",
    );
    expect(result.errors.map((e) => `${e.rowNumber}:${e.column}:${inEnglish(e.message)}`)).toEqual([
      "2:effective_on:This status already changed on 2022-05-01; a new change cannot take effect before that. Record changes in date order.",
      "4:effective_on:This status already changed on 2025-06-01; a new change cannot take effect before that. Record changes in date order.",
    ]);
    expect(result.operations.map((operation) => operation.rowNumber)).toEqual([3, 5]);
  });

  it("treats a row that sets the status it already has as unchanged", async () => {
    const result = await plan(
      "statuses",
      "slug,field,new_value,effective_on,justification\nabolish-death-penalty,OFFICIAL_CLAIM,ADOPTED,2024-01-01,Same\n",
    );
    expect(result).toMatchObject({ operations: [], errors: [], unchanged: [{ rowNumber: 2 }] });
  });
});
