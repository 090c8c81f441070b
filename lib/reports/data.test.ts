import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { iteratePublishedCommitments } from "@/lib/commitments/data";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { collectPreview } from "./preview";
import { totalsOf } from "./tally";
import { getSummary, iterateChanges, iterateEvidenceRegister, iterateSnapshot } from "./data";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// "Today" for these tests, as a calendar date (lib/calendar.ts).
const NOW = day("2026-11-22");

async function snapshot(date: string, scope: "public" | "workspace" = "public") {
  return (await collectPreview(iterateSnapshot(day(date), scope, NOW), 10_000)).rows;
}

beforeAll(async () => {
  const editor = await db.user.create({
    data: { email: "editor@example.org", name: "Aliya Editor", passwordHash: "x", role: "EDITOR" },
  });
  const tracked = await db.commitment.create({
    data: {
      slug: "tracked",
      title: "Tracked commitment",
      summary: "s",
      category: "torture",
      responsibleBody: "government",
      isPublished: true,
      firstStatedOn: day("2023-12-01"),
      officialClaim: "ADOPTED",
      claimSince: day("2024-03-01"),
      assessment: "PARTIALLY_IMPLEMENTED",
      assessmentSince: day("2025-02-01"),
    },
  });
  const change = (field: "ASSESSMENT" | "OFFICIAL_CLAIM", fromValue: string, toValue: string, effective: string) =>
    db.statusChange.create({
      data: {
        commitmentId: tracked.id,
        field,
        fromValue,
        toValue,
        effectiveOn: day(effective),
        recordedAt: new Date(`${effective}T10:00:00Z`),
        justification: `${toValue} on ${effective}`,
        recordedById: editor.id,
      },
    });
  await change("ASSESSMENT", "NOT_ASSESSED", "NOT_STARTED", "2024-01-10");
  await change("OFFICIAL_CLAIM", "PLANNED", "ADOPTED", "2024-03-01");
  await change("ASSESSMENT", "NOT_STARTED", "PARTIALLY_IMPLEMENTED", "2025-02-01");
  await db.commitment.create({
    data: {
      slug: "stated-later",
      title: "Stated in 2025",
      summary: "s",
      category: "children",
      responsibleBody: "parliament",
      isPublished: true,
      firstStatedOn: day("2025-06-01"),
    },
  });
  await db.commitment.create({
    data: {
      slug: "draft",
      title: "Draft",
      summary: "s",
      category: "children",
      responsibleBody: "parliament",
      isPublished: false,
    },
  });
  const other = await db.commitment.create({
    data: {
      slug: "other",
      title: "Other",
      summary: "s",
      category: "children",
      responsibleBody: "parliament",
      isPublished: true,
    },
  });
  await db.evidence.create({
    data: { commitmentId: tracked.id, url: "https://example.org/shared", title: "Shared report", kind: "NGO_REPORT" },
  });
  await db.evidence.create({
    data: { commitmentId: other.id, url: "https://example.org/shared", title: "Shared report", kind: "NGO_REPORT" },
  });
  await db.evidence.create({
    data: { commitmentId: other.id, url: "https://example.org/alone", title: "Alone", kind: "NEWS" },
  });
});

afterAll(() => db.$disconnect());

describe("snapshot as of a date", () => {
  it("shows the statuses as they stood before, on and after each change date", async () => {
    const statusOn = async (date: string) => {
      const row = (await snapshot(date)).find((r) => r.slug === "tracked");
      return row ? `${row.officialClaim}/${row.assessment}` : "absent";
    };
    expect(await statusOn("2023-11-30")).toBe("absent");
    expect(await statusOn("2023-12-01")).toBe("PLANNED/NOT_ASSESSED");
    expect(await statusOn("2024-01-09")).toBe("PLANNED/NOT_ASSESSED");
    expect(await statusOn("2024-01-10")).toBe("PLANNED/NOT_STARTED");
    expect(await statusOn("2024-02-29")).toBe("PLANNED/NOT_STARTED");
    expect(await statusOn("2024-03-01")).toBe("ADOPTED/NOT_STARTED");
    expect(await statusOn("2025-01-31")).toBe("ADOPTED/NOT_STARTED");
    expect(await statusOn("2025-02-01")).toBe("ADOPTED/PARTIALLY_IMPLEMENTED");
  });

  it("leaves out commitments first stated after the date, and drafts from the public version", async () => {
    expect((await snapshot("2025-05-31")).map((r) => r.slug).sort()).toEqual(["other", "tracked"]);
    expect((await snapshot("2025-06-01")).map((r) => r.slug).sort()).toEqual(["other", "stated-later", "tracked"]);
    expect((await snapshot("2025-06-01", "workspace")).map((r) => r.slug)).toContain("draft");
  });

  it("for today, equals the current export row for row", async () => {
    const current = (await collectPreview(iteratePublishedCommitments(parseCommitmentFilters({}).filters, NOW), 10_000))
      .rows;
    expect(await snapshot("2026-11-22")).toEqual(current);
  });
});

describe("changes between two dates", () => {
  const changes = async (from: string, to: string) =>
    (await collectPreview(iterateChanges(day(from), day(to), "public"), 100)).rows.map(
      (r) => `${r.toValue}@${r.effectiveOn.toISOString().slice(0, 10)}`,
    );

  it("includes changes effective on both boundary days and nothing outside", async () => {
    expect(await changes("2024-01-10", "2024-03-01")).toEqual(["NOT_STARTED@2024-01-10", "ADOPTED@2024-03-01"]);
    expect(await changes("2024-01-11", "2024-02-29")).toEqual([]);
    expect(await changes("2024-03-02", "2025-02-01")).toEqual(["PARTIALLY_IMPLEMENTED@2025-02-01"]);
  });

  it("carries who recorded each change for the workspace", async () => {
    const [row] = (await collectPreview(iterateChanges(day("2024-01-01"), day("2024-01-31"), "workspace"))).rows;
    expect(row?.recordedBy?.name).toBe("Aliya Editor");
  });
});

describe("summary and evidence register", () => {
  it("counts assessment × theme and claim × assessment as of a date", async () => {
    const summary = await getSummary(day("2024-06-01"), "public");
    expect(summary.total).toBe(2);
    expect(summary.byCategory.find((r) => r.key === "torture")?.counts.NOT_STARTED).toBe(1);
    expect(summary.byClaim.find((r) => r.key === "ADOPTED")?.counts.NOT_STARTED).toBe(1);
    expect(summary.byClaim.find((r) => r.key === "NO_CLAIM")?.counts.NOT_ASSESSED).toBe(1);
  });

  it("totals every commitment once by its assessment, equal to the column sums of each table", async () => {
    const summary = await getSummary(day("2025-03-01"), "public");
    expect(summary.totals).toMatchObject({ PARTIALLY_IMPLEMENTED: 1, NOT_ASSESSED: 1, NOT_STARTED: 0 });
    expect(Object.values(summary.totals).reduce((sum, n) => sum + n, 0)).toBe(summary.total);
    expect(totalsOf(summary.byCategory)).toEqual(summary.totals);
    expect(totalsOf(summary.byClaim)).toEqual(summary.totals);
  });

  it("lists each evidence link once with every commitment it supports", async () => {
    const rows = (await collectPreview(iterateEvidenceRegister("public"))).rows;
    expect(rows.map((r) => [r.url, r.commitments.map((c) => c.slug).sort()])).toEqual([
      ["https://example.org/alone", ["other"]],
      ["https://example.org/shared", ["other", "tracked"]],
    ]);
  });
});
