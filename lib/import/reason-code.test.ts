import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateReviewSettings } from "@/lib/review/mutations";
import { planStoredImport } from "./data";
import { applyImportPlan, saveImportDraft } from "./mutations";
import type { ImportPlan } from "./plan";

// Reason codes in a status file, and an import's respect for four-eyes review (issue 15).

afterAll(() => db.$disconnect());

let editorId = "";
let slug = "";

beforeEach(async () => {
  await db.workspaceSettings.deleteMany();
  editorId = (
    await db.user.create({
      data: { email: `imp-${Date.now()}-${Math.random()}@example.org`, name: "Importer", passwordHash: "x" },
    })
  ).id;
  slug = `imp-${Date.now()}-${Math.floor(Math.random() * 1e9)}`;
  await db.commitment.create({
    data: { slug, title: "Ratify OPCAT", summary: "s", category: "torture", responsibleBody: "parliament" },
  });
});

async function apply(csv: string) {
  const planned = (await planStoredImport("statuses", csv)) as ImportPlan;
  const draft = await saveImportDraft(
    { kind: "statuses", fileName: "s.csv", content: csv, parsed: "", note: null },
    editorId,
  );
  return { planned, outcome: await applyImportPlan(planned, draft.id, editorId) };
}

describe("a status file", () => {
  it("records its reasonCode, and 'unspecified' for a row without one", async () => {
    const csv = `slug,field,new_value,effective_on,justification,reasonCode\n${slug},OFFICIAL_CLAIM,ANNOUNCED,2024-01-01,Said so.,\n${slug},ASSESSMENT,STALLED,2024-02-01,Nothing moved.,blocked_by_parliament\n`;
    const { outcome } = await apply(csv);
    expect(outcome).toMatchObject({ isApplied: true, statusChanges: 2 });
    const changes = await db.statusChange.findMany({
      where: { commitment: { slug } },
      orderBy: { effectiveOn: "asc" },
    });
    expect(changes.map((change) => change.reasonCode)).toEqual(["unspecified", "blocked_by_parliament"]);
  });

  it("names an unknown reason code as a row error", async () => {
    const planned = (await planStoredImport(
      "statuses",
      `slug,field,new_value,effective_on,justification,reason_code\n${slug},ASSESSMENT,STALLED,2024-02-01,Nothing moved.,bribery\n`,
    )) as ImportPlan;
    expect(planned.errors).toMatchObject([{ rowNumber: 2, column: "reason_code" }]);
  });

  it("makes a row for a field that needs a second editor's approval a proposal, with its reason code", async () => {
    expect((await updateReviewSettings({ reviewAssessments: true }, editorId)).ok).toBe(true);
    const { outcome } = await apply(
      `slug,field,new_value,effective_on,justification,reason_code\n${slug},OFFICIAL_CLAIM,ANNOUNCED,2024-01-01,Said ` +
        `so.,\n${slug},ASSESSMENT,STALLED,2024-02-01,Nothing moved.,blocked_by_parliament\n`,
    );
    expect(outcome).toMatchObject({ isApplied: true, statusChanges: 1, proposals: 1 });
    expect(await db.statusChange.count({ where: { commitment: { slug }, field: "ASSESSMENT" } })).toBe(0);
    expect(
      await db.statusProposal.findMany({
        where: { commitment: { slug } },
        select: { field: true, reasonCode: true, state: true },
      }),
    ).toEqual([{ field: "ASSESSMENT", reasonCode: "blocked_by_parliament", state: "PENDING" }]);
  });
});
