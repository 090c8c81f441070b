import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildShadowTable } from "./build-table";
import { getMechanismSummary } from "../data";
import { readShadowPreview, readShadowRecommendations, streamShadowRecommendations, summariseShadowRows } from "./data";
import { makeShadowPreview, makeShadowTable } from "./report";

// The batched reader against a real database: several commitments per recommendation, evidence
// cited or not, removed, captured several times, and links the public may not see. The expected
// rows are written out below; batches of 2 make the report cross batch boundaries.

const CYCLE = "fixture-batched";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const hash = (pair: string) => pair.repeat(32);

async function commitment(
  slug: string,
  data: {
    title: string;
    sourceLocale?: string;
    isPublished?: boolean;
    isArchived?: boolean;
    officialClaim?: "ADOPTED" | "NO_CLAIM";
    claimSince?: Date;
    assessment?: "PARTIALLY_IMPLEMENTED" | "NOT_ASSESSED";
    assessmentSince?: Date;
  },
) {
  return db.commitment.create({
    data: { slug, summary: "s", category: "justice", responsibleBody: "government", isPublished: true, ...data },
  });
}

async function evidence(commitmentId: string, title: string, url: string, createdAt: string, removed = false) {
  return db.evidence.create({
    data: { commitmentId, title, url, createdAt: day(createdAt), removedAt: removed ? day("2025-06-01") : null },
  });
}

async function capture(evidenceId: string, capturedAt: string, outcome: "CAPTURED" | "FAILED", sha256: string | null) {
  await db.evidenceCapture.create({
    data: { evidenceId, url: "https://example.org", outcome, trigger: "save", capturedAt: day(capturedAt), sha256 },
  });
}

async function change(
  commitmentId: string,
  field: "ASSESSMENT" | "OFFICIAL_CLAIM",
  effectiveOn: string,
  justification: string,
  cites: string[],
) {
  await db.statusChange.create({
    data: {
      commitmentId,
      field,
      fromValue: "x",
      toValue: "y",
      effectiveOn: day(effectiveOn),
      justification,
      evidence: { create: cites.map((evidenceId) => ({ evidenceId })) },
    },
  });
}

async function recommendation(
  id: string,
  symbol: string,
  paragraph: string,
  themes: string[],
  links: [commitmentId: string, linkedOn: string][],
  cycle = CYCLE,
) {
  await db.recommendation.create({
    data: {
      id,
      mechanismCode: "CAT",
      cycle,
      symbol,
      paragraph,
      text: `[FIXTURE] Recommendation ${paragraph}`,
      themes: { create: themes.map((theme) => ({ theme })) },
      commitments: { create: links.map(([commitmentId, linkedOn]) => ({ commitmentId, createdAt: day(linkedOn) })) },
    },
  });
}

beforeAll(async () => {
  const a = await commitment("batched-a", {
    title: "Независимые расследования",
    sourceLocale: "ru",
    officialClaim: "ADOPTED",
    claimSince: day("2024-01-10"),
    assessment: "PARTIALLY_IMPLEMENTED",
    assessmentSince: day("2025-03-01"),
  });
  await db.commitmentTranslation.create({
    data: { commitmentId: a.id, locale: "en", title: "Independent torture investigations", summary: "s" },
  });
  const court = await evidence(a.id, "Court statistics", "https://example.org/court", "2025-01-01");
  const ngo = await evidence(a.id, "NGO monitoring", "https://example.org/ngo", "2025-02-01");
  const removed = await evidence(a.id, "Withdrawn report", "https://example.org/withdrawn", "2025-02-15", true);
  await capture(court.id, "2025-01-02", "CAPTURED", hash("11"));
  await capture(court.id, "2025-03-02", "CAPTURED", hash("22"));
  await capture(court.id, "2025-04-01", "FAILED", null);
  await capture(ngo.id, "2025-02-02", "CAPTURED", hash("44"));
  await change(a.id, "ASSESSMENT", "2024-06-01", "Draft law only", [ngo.id]);
  await change(a.id, "ASSESSMENT", "2025-03-01", "Law passed; practice unchanged", [court.id, removed.id]);
  await change(a.id, "OFFICIAL_CLAIM", "2025-06-01", "The ministry says it is done", [ngo.id]);

  const b = await commitment("batched-b", { title: "Prison monitoring" });
  const ombudsman = await evidence(b.id, "Ombudsman report", "https://example.org/ombudsman", "2025-01-05");
  await evidence(b.id, "Parliament hearing", "https://example.org/hearing", "2025-02-05");
  await capture(ombudsman.id, "2025-05-05", "CAPTURED", hash("33"));

  const draft = await commitment("batched-draft", { title: "Draft commitment", isPublished: false });
  const archived = await commitment("batched-archived", { title: "Archived commitment", isArchived: true });

  // Ids in another order than the report's, so batches of 2 split it: [1, 2] then [3, 5].
  await recommendation(
    "batched-1",
    "CAT/C/KAZ/CO/9",
    "12",
    ["Torture", "Justice"],
    [
      [a.id, "2026-01-01"],
      [b.id, "2026-01-02"],
      [archived.id, "2026-01-03"],
    ],
  );
  await recommendation(
    "batched-2",
    "CAT/C/KAZ/CO/9",
    "9",
    [],
    [
      [draft.id, "2025-12-01"],
      [a.id, "2026-01-03"],
      [b.id, "2026-01-01"],
    ],
  );
  await recommendation("batched-3", "CAT/C/KAZ/CO/9", "10.2", ["Torture"], []);
  await recommendation("batched-5", "CAT/C/KAZ/CO/10", "1", ["Justice"], [[a.id, "2026-01-01"]]);
  await recommendation("batched-other-cycle", "CAT/C/KAZ/CO/9", "13", [], [[a.id, "2026-01-01"]], "another-cycle");
});
afterAll(() => db.$disconnect());

const context = {
  locale: "en" as const,
  siteUrl: "https://uade.example",
  organisation: "Test NGO",
  mechanism: { code: "CAT", kind: "TREATY_BODY", name: "Committee against Torture" },
  cycle: CYCLE,
  madeOn: day("2026-12-01"),
  summary: { total: 4, responses: { NONE: 4 }, assessments: {}, linkedCommitments: 2 },
};

const A = {
  title: "Independent torture investigations — https://uade.example/en/commitments/batched-a",
  claim: "Adopted since 10/01/2024",
  assessment: "Partially implemented since 01/03/2025",
  justification: "Law passed; practice unchanged",
  // Cited by the latest assessment: the court statistics with their latest good copy; the withdrawn report is removed.
  evidence: `Court statistics — https://example.org/court\n(copy captured 02/03/2025, SHA-256 ${hash("22")})`,
};
const B = {
  title: "Prison monitoring — https://uade.example/en/commitments/batched-b",
  claim: "No claim",
  assessment: "Not yet assessed",
  justification: "",
  // No assessment yet: all its evidence, oldest first.
  evidence: `Ombudsman report — https://example.org/ombudsman\n(copy captured 05/05/2025, SHA-256 ${hash("33")})\nParliament hearing — https://example.org/hearing\n(no copy captured yet)`,
};
const both = (first: typeof A, second: typeof A) =>
  (["title", "claim", "assessment", "justification", "evidence"] as const).map(
    (key) => `1. ${first[key]}\n2. ${second[key]}`,
  );

describe("reading the shadow report in batches", () => {
  it("joins each recommendation's published commitments, latest assessment, cited evidence and latest captures, in report order", async () => {
    const recommendations = await readShadowRecommendations("CAT", CYCLE, 2);
    expect(buildShadowTable(recommendations, context).rows).toEqual([
      {
        themes: ["Justice"],
        cells: [
          "CAT/C/KAZ/CO/10",
          "1",
          "[FIXTURE] Recommendation 1",
          A.title,
          A.claim,
          A.assessment,
          A.justification,
          A.evidence,
        ],
      },
      { themes: [], cells: ["CAT/C/KAZ/CO/9", "9", "[FIXTURE] Recommendation 9", ...both(B, A)] },
      {
        themes: ["Torture"],
        cells: ["CAT/C/KAZ/CO/9", "10.2", "[FIXTURE] Recommendation 10.2", "No commitment linked", "", "", "", ""],
      },
      { themes: ["Justice", "Torture"], cells: ["CAT/C/KAZ/CO/9", "12", "[FIXTURE] Recommendation 12", ...both(A, B)] },
    ]);
  });

  it("gives the same rows whatever the batch size", async () => {
    const [small, large] = await Promise.all([
      readShadowRecommendations("CAT", CYCLE, 1),
      readShadowRecommendations("CAT", CYCLE),
    ]);
    expect(buildShadowTable(small, context).rows).toEqual(buildShadowTable(large, context).rows);
    expect(small.map((row) => row.id)).toEqual(["batched-5", "batched-2", "batched-3", "batched-1"]);
  });

  it("streams the same rows in the same order, batch by batch, for an export of any size", async () => {
    for (const cycle of [CYCLE, null]) {
      const whole = await readShadowRecommendations("CAT", cycle);
      const batches: string[][] = [];
      for await (const batch of streamShadowRecommendations("CAT", cycle, 2)) batches.push(batch.map((row) => row.id));
      expect(batches.every((batch) => batch.length <= 2)).toBe(true);
      expect(batches.flat()).toEqual(whole.map((row) => row.id));
      const streamed = [];
      for await (const batch of streamShadowRecommendations("CAT", cycle, 2)) streamed.push(...batch);
      expect(buildShadowTable(streamed, context).rows).toEqual(buildShadowTable(whole, context).rows);
    }
  });

  it("sums up what it read exactly as the mechanism page's summary counts it", async () => {
    for (const cycle of [CYCLE, null]) {
      const summary = summariseShadowRows(await readShadowRecommendations("CAT", cycle, 2));
      expect(summary).toEqual(await getMechanismSummary("CAT", cycle));
      expect(summary.total).toBeGreaterThan(0);
    }
    expect(summariseShadowRows(await readShadowRecommendations("CAT", CYCLE)).linkedCommitments).toBe(2);
  });

  it("previews the first rows of the whole report, with its count and summary, reading only those rows", async () => {
    for (const cycle of [CYCLE, null]) {
      const whole = await readShadowRecommendations("CAT", cycle);
      const preview = await readShadowPreview("CAT", cycle, 2);
      expect(preview.count).toBe(whole.length);
      expect(preview.rows.map((row) => row.id)).toEqual(whole.slice(0, 2).map((row) => row.id));
      expect(buildShadowTable(preview.rows, context).rows).toEqual(buildShadowTable(whole, context).rows.slice(0, 2));

      const page = await makeShadowPreview({ mechanism: "CAT", cycle }, "ru", 3);
      const table = await makeShadowTable({ mechanism: "CAT", cycle }, "ru");
      expect(page?.rowCount).toBe(table?.rowCount);
      expect(page?.summary).toEqual(table?.summary);
      expect(page?.table.columns).toEqual(table?.table.columns);
      expect(page?.table.rows).toEqual(table?.table.rows.slice(0, 3));
    }
    expect(await makeShadowPreview({ mechanism: "NOPE", cycle: null }, "ru", 3)).toBeNull();
  });

  it("reads every cycle of the mechanism when no cycle is given", async () => {
    const ids = (await readShadowRecommendations("CAT", null)).map((row) => row.id);
    expect(ids).toContain("batched-other-cycle");
    expect(ids).toContain("batched-1");
  });
});
