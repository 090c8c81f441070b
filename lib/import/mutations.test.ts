import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { csvStream } from "@/lib/open-data/csv";
import { commitmentColumns } from "@/lib/open-data/columns";
import { iterateSnapshot } from "@/lib/reports/data";
import { loadDataset, loadDatasetTranslations } from "@/lib/dataset/load-dataset";
import { seedDataset } from "@/lib/dataset/seed-dataset";
import { planDraftImport, planStoredImport, readAppliedRecords } from "./data";
import { parseCsv, serialiseParsedFile } from "./parse";
import { applyImportPlan, saveImportDraft } from "./mutations";
import type { ImportPlan } from "./plan";

let editorId = "";

beforeAll(async () => {
  await seedDataset(db, loadDataset(), loadDatasetTranslations());
  editorId = (await db.user.create({ data: { email: "importer@example.org", name: "Importer", passwordHash: "x", role: "EDITOR" } })).id;
});
afterAll(() => db.$disconnect());

async function plan(kind: "commitments" | "statuses", csv: string): Promise<ImportPlan> {
  const result = await planStoredImport(kind, csv);
  if ("parseError" in result) throw new Error(result.parseError);
  return result;
}

async function apply(kind: "commitments" | "statuses", csv: string) {
  const planned = await plan(kind, csv);
  const draft = await saveImportDraft({ kind, fileName: "test.csv", content: csv, parsed: "", note: null }, editorId);
  return { planned, draftId: draft.id, outcome: await applyImportPlan(planned, draft.id, editorId) };
}

async function counts() {
  return { changes: await db.statusChange.count(), audit: await db.auditEvent.count(), evidence: await db.evidence.count(), commitments: await db.commitment.count() };
}

describe("applying an import", () => {
  it("exporting the workspace CSV and importing it unchanged changes nothing", async () => {
    const bytes: Uint8Array[] = [];
    const stream = csvStream(commitmentColumns("http://localhost", new Date()), iterateSnapshot(new Date(), "workspace"));
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) bytes.push(chunk);
    const exported = Buffer.concat(bytes).toString("utf8");
    const result = await plan("commitments", exported);
    expect(result.errors).toEqual([]);
    expect(result.operations).toEqual([]);
    expect(result.unchanged).toHaveLength(loadDataset().commitments.length);
  });

  it("records status changes with history, evidence and audit rows, through the form's rules", async () => {
    const before = await counts();
    const { outcome } = await apply(
      "statuses",
      "\uFEFFslug;field;new_value;effective_on;justification;evidence_urls\r\n" +
        'ratify-iccpr-second-optional-protocol;ASSESSMENT;IMPLEMENTED;02.01.2021;"Закон ратифицирован;\r\nсмертная казнь отменена";https://adilet.zan.kz/rus/docs/Z2000000404\r\n',
    );
    expect(outcome).toEqual({ isApplied: true, created: 0, updated: 0, statusChanges: 1 });
    const after = await counts();
    expect(after.changes).toBe(before.changes + 1);
    expect(after.evidence).toBe(before.evidence + 1);
    const stored = await db.commitment.findUniqueOrThrow({ where: { slug: "ratify-iccpr-second-optional-protocol" }, include: { statusChanges: { include: { evidence: true } } } });
    expect(stored.assessment).toBe("IMPLEMENTED");
    expect(stored.statusChanges[0]).toMatchObject({ justification: "Закон ратифицирован;\r\nсмертная казнь отменена", recordedById: editorId });
    expect(stored.statusChanges[0]?.evidence).toHaveLength(1);
    // The imported link waits for its capture (taken in the background, after the commit).
    const evidenceId = stored.statusChanges[0]!.evidence[0]!.evidenceId;
    expect(await db.evidenceWatch.findUniqueOrThrow({ where: { evidenceId } })).toMatchObject({ url: "https://adilet.zan.kz/rus/docs/Z2000000404", captureAttempts: 0 });
    expect(await db.auditEvent.count({ where: { action: "status.update", entityId: stored.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "import.apply" } })).toBe(1);
  });

  it("is all or nothing: a row that fails while applying leaves the database as it was", async () => {
    const slugs = ["criminalise-domestic-violence", "criminalise-harassment"];
    const planned = await plan(
      "statuses",
      `slug,field,new_value,effective_on,justification\n${slugs[0]},ASSESSMENT,STALLED,2024-01-01,No progress\n${slugs[1]},ASSESSMENT,NOT_STARTED,2024-01-01,Nothing yet\n`,
    );
    expect(planned.errors).toEqual([]);
    // Someone saves the second commitment after the preview: its version no longer matches.
    await db.commitment.update({ where: { slug: slugs[1] }, data: { version: { increment: 1 } } });
    const before = await counts();
    const draft = await saveImportDraft({ kind: "statuses", fileName: "x.csv", content: "", parsed: "", note: null }, editorId);
    const outcome = await applyImportPlan(planned, draft.id, editorId);
    expect(outcome).toMatchObject({ isApplied: false, rowNumber: 3 });
    expect(await counts()).toEqual(before);
    expect((await db.commitment.findUniqueOrThrow({ where: { slug: slugs[0] } })).assessment).toBe("NOT_ASSESSED");
    expect((await db.importDraft.findUniqueOrThrow({ where: { id: draft.id } })).appliedAt).toBeNull();
  });

  it("creates new commitments as drafts and updates fields, with one version step per change", async () => {
    const { outcome } = await apply(
      "commitments",
      'slug,title,summary,category,responsible_body,quote,source_title,target_date\n' +
        'open-shelters,Open shelters in every region,"Shelters for survivors of violence.",domestic-violence,Government,"We will open shelters.",Speech of the minister,\n' +
        "criminalise-domestic-violence,,,,,,,2027-12-31\n",
    );
    expect(outcome).toEqual({ isApplied: true, created: 1, updated: 1, statusChanges: 0 });
    const created = await db.commitment.findUniqueOrThrow({ where: { slug: "open-shelters" }, include: { quotes: { include: { source: true } } } });
    expect(created).toMatchObject({ isPublished: false, assessment: "NOT_ASSESSED" });
    expect(created.quotes[0]?.source.title).toBe("Speech of the minister");
    const updated = await db.commitment.findUniqueOrThrow({ where: { slug: "criminalise-domestic-violence" } });
    expect(updated.targetDate?.toISOString().slice(0, 10)).toBe("2027-12-31");
    expect(updated.title).not.toBe("");
  });

  it("keeps which records it wrote, in file order and each once, for the page shown after Apply", async () => {
    const { outcome, draftId } = await apply(
      "statuses",
      "slug,field,new_value,effective_on,justification\n" +
        "decriminalise-defamation,ASSESSMENT,STALLED,2024-02-01,Stuck\n" +
        "liberalise-religious-legislation,ASSESSMENT,NOT_STARTED,2024-02-01,Nothing yet\n" +
        "decriminalise-defamation,OFFICIAL_CLAIM,IN_PROGRESS,2024-03-01,Ministry says so\n",
    );
    expect(outcome).toMatchObject({ isApplied: true, statusChanges: 3 });
    const draft = await db.importDraft.findUniqueOrThrow({ where: { id: draftId } });
    const shown = await readAppliedRecords(draft.applied);
    expect(shown?.count).toBe(2);
    expect(shown?.records.map((record) => [record.slug, record.actions])).toEqual([
      ["decriminalise-defamation", ["status"]],
      ["liberalise-religious-legislation", ["status"]],
    ]);
    // A draft applied before this was kept, or a damaged value, lists nothing rather than failing.
    expect(await readAppliedRecords(null)).toBeNull();
    expect(await readAppliedRecords("{not json")).toBeNull();
  });

  it("refuses to apply a plan that has errors", async () => {
    const planned = await plan("statuses", "slug,field,new_value,effective_on,justification\nno-such-slug,ASSESSMENT,STALLED,2024-01-01,x\n");
    const draft = await saveImportDraft({ kind: "statuses", fileName: "x.csv", content: "", parsed: "", note: null }, editorId);
    expect(await applyImportPlan(planned, draft.id, editorId)).toMatchObject({ isApplied: false });
  });

  it("plans a stored draft from the rows parsed at upload, without parsing its text again", async () => {
    const parsed = await parseCsv("slug,title\nnot-a-real-slug-anywhere,Title\n");
    if (!parsed.isOk) throw new Error(parsed.message);
    // The text is unreadable CSV: only the kept parse can give this plan.
    const planned = await planDraftImport({ kind: "statuses", content: 'slug\n"never closed', parsed: await serialiseParsedFile(parsed) });
    expect(planned).toMatchObject({ kind: "statuses", missingColumns: ["field", "new_value", "effective_on", "justification"] });
    expect(await planDraftImport({ kind: "statuses", content: 'slug\n"never closed', parsed: null })).toHaveProperty("parseError");
  });
});
