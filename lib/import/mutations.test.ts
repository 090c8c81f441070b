import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { csvStream } from "@/lib/open-data/csv";
import { commitmentColumns } from "@/lib/open-data/columns";
import { iterateSnapshot } from "@/lib/reports/data";
import { loadDataset, loadDatasetTranslations } from "@/lib/dataset/load-dataset";
import { seedDataset } from "@/lib/dataset/seed-dataset";
import { planDraftImport, planStoredImport, readAppliedRecords } from "./data";
import { parseCsv, serialiseParsedFile } from "./parse";
import { applyImportPlan, saveImportDraft } from "./mutations";
import { planDigest, type ImportPlan } from "./plan";
import { message } from "@/lib/forms/messages";

let editorId = "";

beforeAll(async () => {
  await seedDataset(db, loadDataset(), loadDatasetTranslations());
  editorId = (
    await db.user.create({
      data: { email: "importer@example.org", name: "Importer", passwordHash: "x", role: "EDITOR" },
    })
  ).id;
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
  return {
    changes: await db.statusChange.count(),
    audit: await db.auditEvent.count(),
    evidence: await db.evidence.count(),
    commitments: await db.commitment.count(),
  };
}

describe("applying an import", () => {
  it("exporting the workspace CSV and importing it unchanged changes nothing", async () => {
    const bytes: Uint8Array[] = [];
    const stream = csvStream(
      commitmentColumns("http://localhost", new Date()),
      iterateSnapshot(new Date(), "workspace"),
    );
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
        'ratify-iccpr-second-optional-protocol;ASSESSMENT;IMPLEMENTED;02.01.2021;"Закон ' +
        'ратифицирован;\r\nсмертная казнь отменена";https://adilet.zan.kz/rus/docs/Z2000000404\r\n',
    );
    expect(outcome).toEqual({ isApplied: true, created: 0, updated: 0, statusChanges: 1, proposals: 0 });
    const after = await counts();
    expect(after.changes).toBe(before.changes + 1);
    expect(after.evidence).toBe(before.evidence + 1);
    const stored = await db.commitment.findUniqueOrThrow({
      where: { slug: "ratify-iccpr-second-optional-protocol" },
      include: { statusChanges: { include: { evidence: true } } },
    });
    expect(stored.assessment).toBe("IMPLEMENTED");
    expect(stored.statusChanges[0]).toMatchObject({
      justification: "Закон ратифицирован;\r\nсмертная казнь отменена",
      recordedById: editorId,
    });
    expect(stored.statusChanges[0]?.evidence).toHaveLength(1);
    // The imported link waits for its capture (taken in the background, after the commit).
    const evidenceId = stored.statusChanges[0]!.evidence[0]!.evidenceId;
    expect(await db.evidenceWatch.findUniqueOrThrow({ where: { evidenceId } })).toMatchObject({
      url: "https://adilet.zan.kz/rus/docs/Z2000000404",
      captureAttempts: 0,
    });
    expect(await db.auditEvent.count({ where: { action: "status.update", entityId: stored.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "import.apply" } })).toBe(1);
  });

  it("is all or nothing: a row that fails while applying leaves the database as it was", async () => {
    const slugs = ["criminalise-domestic-violence", "criminalise-harassment"];
    const planned = await plan(
      "statuses",
      `slug,field,new_value,effective_on,justification\n${slugs[0]},ASSESSMENT,STALLED,2024-01-01,No ` +
        `progress\n${slugs[1]},ASSESSMENT,NOT_STARTED,2024-01-01,Nothing yet\n`,
    );
    expect(planned.errors).toEqual([]);
    // Someone saves the second commitment after the preview: its version no longer matches.
    await db.commitment.update({ where: { slug: slugs[1] }, data: { version: { increment: 1 } } });
    const before = await counts();
    const draft = await saveImportDraft(
      { kind: "statuses", fileName: "x.csv", content: "", parsed: "", note: null },
      editorId,
    );
    const outcome = await applyImportPlan(planned, draft.id, editorId);
    expect(outcome).toMatchObject({ isApplied: false, rowNumber: 3 });
    expect(await counts()).toEqual(before);
    expect((await db.commitment.findUniqueOrThrow({ where: { slug: slugs[0] } })).assessment).toBe("NOT_ASSESSED");
    expect((await db.importDraft.findUniqueOrThrow({ where: { id: draft.id } })).appliedAt).toBeNull();
  });

  it("creates new commitments as drafts and updates fields, with one version step per change", async () => {
    const { outcome } = await apply(
      "commitments",
      "slug,title,summary,category,responsible_body,quote,source_title,target_date\n" +
        'open-shelters,Open shelters in every region,"Shelters for survivors of violence.",domestic-violence,Government,"We will open shelters.",Speech of the minister,\n' +
        "criminalise-domestic-violence,,,,,,,2027-12-31\n",
    );
    expect(outcome).toEqual({ isApplied: true, created: 1, updated: 1, statusChanges: 0, proposals: 0 });
    const created = await db.commitment.findUniqueOrThrow({
      where: { slug: "open-shelters" },
      include: { quotes: { include: { source: true } } },
    });
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
    const planned = await plan(
      "statuses",
      "slug,field,new_value,effective_on,justification\nno-such-slug,ASSESSMENT,STALLED,2024-01-01,x\n",
    );
    const draft = await saveImportDraft(
      { kind: "statuses", fileName: "x.csv", content: "", parsed: "", note: null },
      editorId,
    );
    expect(await applyImportPlan(planned, draft.id, editorId)).toMatchObject({ isApplied: false });
  });

  it("plans a stored draft from the rows parsed at upload, without parsing its text again", async () => {
    const parsed = await parseCsv("slug,title\nnot-a-real-slug-anywhere,Title\n");
    if (!parsed.isOk) throw new Error(parsed.message);
    // The text is unreadable CSV: only the kept parse can give this plan.
    const planned = await planDraftImport({
      kind: "statuses",
      content: 'slug\n"never closed',
      parsed: await serialiseParsedFile(parsed),
    });
    expect(planned).toMatchObject({
      kind: "statuses",
      missingColumns: ["field", "new_value", "effective_on", "justification"],
    });
    expect(await planDraftImport({ kind: "statuses", content: 'slug\n"never closed', parsed: null })).toHaveProperty(
      "parseError",
    );
  });
});

describe("applying an import with review on", () => {
  const reviewOn = (settings: { reviewAssessments: boolean; reviewClaims: boolean }) =>
    db.workspaceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
  const reviewCounts = async () => ({
    ...(await counts()),
    proposals: await db.statusProposal.count(),
    proposalNotices: await db.notificationEvent.count({ where: { type: "proposal" } }),
  });
  afterEach(() => db.workspaceSettings.deleteMany());

  it("makes an assessment row a proposal by the importer, and still publishes the claim row", async () => {
    await reviewOn({ reviewAssessments: true, reviewClaims: false });
    const slug = "guarantee-freedom-of-association";
    const before = await db.commitment.findUniqueOrThrow({ where: { slug } });
    const counted = await reviewCounts();
    const { outcome, draftId, planned } = await apply(
      "statuses",
      "slug,field,new_value,effective_on,justification,reason_code,evidence_urls\n" +
        `${slug},ASSESSMENT,IMPLEMENTED,2024-05-02,The law entered into force.,law_adopted,https://adilet.zan.kz/rus/docs/Z2400000077\n` +
        `${slug},OFFICIAL_CLAIM,IN_PROGRESS,2024-05-03,The ministry says work is under way.,,\n`,
    );
    expect(planned.operations.map((operation) => operation.type === "status" && operation.isProposal)).toEqual([
      true,
      false,
    ]);
    expect(outcome).toEqual({ isApplied: true, created: 0, updated: 0, statusChanges: 1, proposals: 1 });
    const after = await db.commitment.findUniqueOrThrow({ where: { slug } });
    // The public assessment stays as it was; the claim row was published and stepped the version once.
    expect(after.assessment).toBe(before.assessment);
    expect(after.officialClaim).toBe("IN_PROGRESS");
    expect(after.version).toBe(before.version + 1);
    const proposal = await db.statusProposal.findFirstOrThrow({ where: { commitmentId: after.id } });
    expect(proposal).toMatchObject({
      state: "PENDING",
      field: "ASSESSMENT",
      toValue: "IMPLEMENTED",
      justification: "The law entered into force.",
      reasonCode: "law_adopted",
      proposedById: editorId,
      // Made against the version the public change left, so a reviewer can approve it.
      baseVersion: after.version,
    });
    expect(JSON.parse(proposal.newEvidence)).toEqual([
      {
        url: "https://adilet.zan.kz/rus/docs/Z2400000077",
        title: "https://adilet.zan.kz/rus/docs/Z2400000077",
        publisher: null,
        publishedOn: null,
      },
    ]);
    expect(
      await db.auditEvent.count({ where: { action: "status.propose", entityId: proposal.id, actorId: editorId } }),
    ).toBe(1);
    expect(
      await db.notificationEvent.count({
        where: { type: "proposal", subjectId: `${proposal.id}:${proposal.version}` },
      }),
    ).toBe(1);
    const now = await reviewCounts();
    expect(now).toMatchObject({
      changes: counted.changes + 1,
      proposals: counted.proposals + 1,
      proposalNotices: counted.proposalNotices + 1,
      evidence: counted.evidence,
    });
    const applyEvent = await db.auditEvent.findFirstOrThrow({ where: { action: "import.apply", entityId: draftId } });
    expect(JSON.parse(applyEvent.after ?? "{}")).toMatchObject({ statusChanges: 1, proposals: 1 });
    const shown = await readAppliedRecords(
      (await db.importDraft.findUniqueOrThrow({ where: { id: draftId } })).applied,
    );
    expect(shown).toMatchObject({
      count: 1,
      proposals: 1,
      records: [{ slug, actions: ["proposal", "status"], proposals: 1 }],
    });
  });

  it("with claim review on, creates a new record without its claim and proposes the claim instead", async () => {
    await reviewOn({ reviewAssessments: false, reviewClaims: true });
    const { outcome } = await apply(
      "commitments",
      "slug,title,summary,category,responsible_body,quote,source_title,official_claim\n" +
        'claimed-shelters,Open shelters in every region,"Shelters for ' +
        'survivors.",domestic-violence,Government,"Shelters are open.",Speech of the minister,ADOPTED\n',
    );
    expect(outcome).toEqual({ isApplied: true, created: 1, updated: 0, statusChanges: 0, proposals: 1 });
    const created = await db.commitment.findUniqueOrThrow({ where: { slug: "claimed-shelters" } });
    expect(created.officialClaim).toBe("NO_CLAIM");
    const proposal = await db.statusProposal.findFirstOrThrow({ where: { commitmentId: created.id } });
    expect(proposal).toMatchObject({
      field: "OFFICIAL_CLAIM",
      toValue: "ADOPTED",
      proposedById: editorId,
      state: "PENDING",
      justification: "Shelters are open.",
    });
  });

  it("rolls the whole file back when a proposal row breaks a rule on Apply", async () => {
    await reviewOn({ reviewAssessments: true, reviewClaims: false });
    const slug = "strengthen-child-protection-measures";
    const commitment = await db.commitment.findUniqueOrThrow({ where: { slug } });
    const evidence = await db.evidence.create({
      data: { commitmentId: commitment.id, url: "https://adilet.zan.kz/rus/docs/P2400000101", title: "Decree" },
    });
    const planned = await plan(
      "statuses",
      "slug,field,new_value,effective_on,justification,evidence_urls\n" +
        `${slug},OFFICIAL_CLAIM,IN_PROGRESS,2024-06-01,Announced.,\n` +
        `${slug},ASSESSMENT,STALLED,2024-06-01,No progress since.,${evidence.url}\n`,
    );
    expect(planned.errors).toEqual([]);
    expect(planned.operations[1]).toMatchObject({ isProposal: true, evidenceIds: [evidence.id] });
    // The cited evidence is removed after the preview, without touching the record's version.
    await db.evidence.update({ where: { id: evidence.id }, data: { removedAt: new Date() } });
    try {
      const before = await reviewCounts();
      const draft = await saveImportDraft(
        { kind: "statuses", fileName: "x.csv", content: "", parsed: "", note: null },
        editorId,
      );
      expect(await applyImportPlan(planned, draft.id, editorId)).toEqual({
        isApplied: false,
        rowNumber: 3,
        message: message("evidenceGone"),
      });
      expect(await reviewCounts()).toEqual(before);
      expect((await db.commitment.findUniqueOrThrow({ where: { slug } })).officialClaim).toBe(commitment.officialClaim);
      expect((await db.importDraft.findUniqueOrThrow({ where: { id: draft.id } })).appliedAt).toBeNull();
    } finally {
      await db.evidence.delete({ where: { id: evidence.id } });
    }
  });

  it("covers the review settings in the plan's digest, and refuses a plan made under other settings", async () => {
    const csv =
      "slug,field,new_value,effective_on,justification\nhuman-rights-awareness-campaign,ASSESSMENT,STALLED,2024-07-01,Stuck again.\n";
    const off = await plan("statuses", csv);
    await reviewOn({ reviewAssessments: true, reviewClaims: false });
    const on = await plan("statuses", csv);
    expect(await planDigest(on)).not.toBe(await planDigest(off));
    await reviewOn({ reviewAssessments: true, reviewClaims: true });
    expect(await planDigest(await plan("statuses", csv))).not.toBe(await planDigest(on));
    // Even a file with no status rows is planned under the settings it was previewed with.
    const commitmentsCsv = "slug,target_date\nhuman-rights-awareness-campaign,2030-01-01\n";
    const withBoth = await planDigest(await plan("commitments", commitmentsCsv));
    await reviewOn({ reviewAssessments: false, reviewClaims: false });
    expect(await planDigest(await plan("commitments", commitmentsCsv))).not.toBe(withBoth);
    // A settings change that slips in after the digest check is still caught inside the transaction.
    const before = await reviewCounts();
    const draft = await saveImportDraft(
      { kind: "statuses", fileName: "x.csv", content: "", parsed: "", note: null },
      editorId,
    );
    expect(await applyImportPlan(on, draft.id, editorId)).toMatchObject({
      isApplied: false,
      message: message("importReviewChanged"),
    });
    expect(await reviewCounts()).toEqual(before);
  });
});
