import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildSearchText } from "@/lib/search-text";
import { parseCommitmentFilters } from "./filters";
import {
  getOverview,
  getPublishedCommitment,
  iteratePublishedCommitments,
  listFilterOptions,
  listPublishedCommitments,
  listPublishedSlugs,
  listRecentStatusChanges,
} from "./data";

const NOW = new Date("2026-11-22T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function createCommitment(slug: string, data: Partial<Prisma.CommitmentUncheckedCreateInput> = {}) {
  const title = (data.title as string | undefined) ?? `Commitment ${slug}`;
  const summary = (data.summary as string | undefined) ?? "A promise.";
  return db.commitment.create({
    data: {
      slug,
      title,
      summary,
      category: "justice",
      responsibleBody: "parliament",
      isPublished: true,
      searchText: buildSearchText([title, summary]),
      ...data,
    },
  });
}

beforeAll(async () => {
  await db.instrument.create({ data: { code: "CAT", name: "Convention against Torture" } });
  const torture = await createCommitment("align-torture-law", {
    title: "Align torture law with CAT",
    summary: "ҚАЗАҚСТАН will define torture as the Convention does.",
    category: "torture",
    officialClaim: "ADOPTED",
    assessment: "PARTIALLY_IMPLEMENTED",
    targetDate: day("2025-01-01"),
    instruments: { create: [{ instrumentCode: "CAT" }] },
  });
  await createCommitment("implemented-late", {
    assessment: "IMPLEMENTED",
    officialClaim: "ADOPTED",
    targetDate: day("2020-01-01"),
  });
  await createCommitment("future-target", {
    assessment: "NOT_STARTED",
    targetDate: day("2030-01-01"),
    responsibleBody: "government",
  });
  await createCommitment("secret-draft", {
    title: "Secret draft about torture",
    isPublished: false,
    category: "torture",
  });
  await createCommitment("archived-record", {
    title: "Archived torture record",
    isArchived: true,
    category: "torture",
  });
  const draft = await db.commitment.findUniqueOrThrow({ where: { slug: "secret-draft" } });
  const evidence = await db.evidence.create({
    data: {
      commitmentId: torture.id,
      url: "https://adilet.zan.kz/law",
      title: "Amended Criminal Code",
      kind: "LAW_TEXT",
    },
  });
  await db.statusChange.create({
    data: {
      commitmentId: torture.id,
      field: "ASSESSMENT",
      fromValue: "NOT_ASSESSED",
      toValue: "PARTIALLY_IMPLEMENTED",
      effectiveOn: day("2025-06-01"),
      justification: "Definition amended, penalties not yet.",
      evidence: { create: [{ evidenceId: evidence.id }] },
    },
  });
  await db.statusChange.create({
    data: {
      commitmentId: draft.id,
      field: "ASSESSMENT",
      fromValue: "NOT_ASSESSED",
      toValue: "STALLED",
      effectiveOn: day("2025-07-01"),
      justification: "Draft-only change",
    },
  });
});

afterAll(() => db.$disconnect());

const list = (query: string) => {
  const { filters, pagination } = parseCommitmentFilters(new URLSearchParams(query));
  return listPublishedCommitments(filters, pagination, NOW);
};

describe("public reads never show drafts or archived records", () => {
  it("lists only published, non-archived commitments", async () => {
    const slugs = (await list("sort=title")).items.map((c) => c.slug);
    expect(slugs.sort()).toEqual(["align-torture-law", "future-target", "implemented-late"]);
  });

  it("finds no draft by search, by page, in feeds, exports or the sitemap", async () => {
    expect((await list("q=secret")).total).toBe(0);
    expect(await getPublishedCommitment("secret-draft")).toBeNull();
    expect(await getPublishedCommitment("archived-record")).toBeNull();
    const recent = await listRecentStatusChanges({ take: 50 });
    expect(recent.map((change) => change.commitment.slug)).toEqual(["align-torture-law"]);
    expect((await listPublishedSlugs()).map((row) => row.slug)).not.toContain("secret-draft");
    const exported: string[] = [];
    for await (const batch of iteratePublishedCommitments(parseCommitmentFilters({}).filters, NOW))
      exported.push(...batch.map((row) => row.slug));
    expect(exported).toHaveLength(3);
    expect(exported).not.toContain("secret-draft");
  });
});

describe("filters", () => {
  it("filter by assessment, claim, category, instrument and responsible body", async () => {
    expect((await list("assessment=PARTIALLY_IMPLEMENTED")).items.map((c) => c.slug)).toEqual(["align-torture-law"]);
    expect((await list("claim=ADOPTED&sort=title")).items.map((c) => c.slug)).toEqual([
      "align-torture-law",
      "implemented-late",
    ]);
    expect((await list("category=torture")).total).toBe(1);
    expect((await list("instrument=CAT")).items.map((c) => c.slug)).toEqual(["align-torture-law"]);
    expect((await list("body=government")).items.map((c) => c.slug)).toEqual(["future-target"]);
  });

  it("treat overdue as a passed target date without implementation", async () => {
    expect((await list("overdue=1")).items.map((c) => c.slug)).toEqual(["align-torture-law"]);
  });

  it("search case-insensitively in Cyrillic as in Latin", async () => {
    expect((await list("q=қазақстан")).items.map((c) => c.slug)).toEqual(["align-torture-law"]);
    expect((await list("q=ALIGN TORTURE")).items.map((c) => c.slug)).toEqual(["align-torture-law"]);
    expect((await list("q=%25")).total).toBe(0);
  });

  it("sort by target date with undated records last, and paginate", async () => {
    expect((await list("sort=target")).items.map((c) => c.slug)).toEqual([
      "implemented-late",
      "align-torture-law",
      "future-target",
    ]);
    const second = await list("sort=title&per_page=2&page=2");
    expect(second).toMatchObject({ total: 3, page: 2, pageCount: 2 });
    expect(second.items.map((c) => c.slug)).toEqual(["implemented-late"]);
  });
});

describe("overview and commitment page", () => {
  it("counts published commitments by assessment, claim × assessment and theme", async () => {
    const overview = await getOverview(NOW);
    expect(overview.total).toBe(3);
    expect(overview.overdue).toBe(1);
    expect(overview.byAssessment).toMatchObject({ PARTIALLY_IMPLEMENTED: 1, IMPLEMENTED: 1, NOT_STARTED: 1 });
    expect(overview.byClaimAndAssessment).toContainEqual({
      claim: "ADOPTED",
      assessment: "PARTIALLY_IMPLEMENTED",
      count: 1,
    });
    expect(overview.byCategory).toEqual([
      { category: "justice", count: 2 },
      { category: "torture", count: 1 },
    ]);
    expect(overview.latestChanges).toHaveLength(1);
  });

  it("loads a commitment with its history, evidence and instruments", async () => {
    const commitment = await getPublishedCommitment("align-torture-law");
    expect(commitment?.statusChanges[0]?.evidence[0]?.evidence.url).toBe("https://adilet.zan.kz/law");
    expect(commitment?.instruments.map((i) => i.instrument.name)).toEqual(["Convention against Torture"]);
    expect(commitment?.evidence).toHaveLength(1);
  });

  it("offers only filter values that published records use", async () => {
    const options = await listFilterOptions();
    expect(options.instruments.map((i) => i.code)).toEqual(["CAT"]);
    expect(options.bodies.map((body) => body.key)).toEqual(["government", "parliament"]);
    expect(options.bodies[0]).toMatchObject({ nameEn: "Government", nameRu: "Правительство", nameKk: "Үкімет" });
  });
});

describe("cached public reads", () => {
  it("reflect any write on the next call, whoever made it", async () => {
    const before = await getOverview(NOW);
    expect(await getOverview(NOW)).toEqual(before);
    await createCommitment("written-by-a-script", { assessment: "STALLED" });
    const after = await getOverview(NOW);
    expect(after.total).toBe(before.total + 1);
    expect(after.byAssessment.STALLED).toBe((before.byAssessment.STALLED ?? 0) + 1);
    await db.commitment.update({ where: { slug: "written-by-a-script" }, data: { isPublished: false } });
    expect((await getOverview(NOW)).total).toBe(before.total);
    const options = await listFilterOptions();
    await createCommitment("new-body", { responsibleBody: "president-and-parliament" });
    expect((await listFilterOptions()).bodies.map((body) => body.key)).toEqual(
      [...options.bodies.map((body) => body.key), "president-and-parliament"].sort(),
    );
  });

  it("leave removed evidence out of counts and lists", async () => {
    const torture = await db.commitment.findUniqueOrThrow({ where: { slug: "align-torture-law" } });
    await db.evidence.create({
      data: {
        commitmentId: torture.id,
        url: "https://example.org/removed",
        title: "Withdrawn",
        kind: "NEWS",
        removedAt: new Date(),
      },
    });
    expect((await getPublishedCommitment("align-torture-law"))?.evidence.map((e) => e.title)).toEqual([
      "Amended Criminal Code",
    ]);
    expect((await list("instrument=CAT")).items[0]?._count.evidence).toBe(1);
  });
});
