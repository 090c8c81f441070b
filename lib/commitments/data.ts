import "server-only";
import { withCaptureSummaries } from "@/lib/evidence/capture/data";
import { cache } from "react";
import { overdueWhere, today as calendarToday } from "@/lib/calendar";
import { db } from "@/lib/db/client";
import { keysetBatches } from "@/lib/db/keyset";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseSearchQuery } from "@/lib/search/query";
import { searchJoin, searchOrder } from "@/lib/search/sql";
import type { CommitmentFilters, Pagination } from "./filters";

// Everything here reads the public view: published, non-archived records only. Drafts must never
// leak, so every query starts from PUBLIC_WHERE.
export const PUBLIC_WHERE = { isPublished: true, isArchived: false } satisfies Prisma.CommitmentWhereInput;

/** Most matches a commitment search passes on, best first: Prisma's libSQL adapter binds at most 999 values. */
const SEARCH_MATCH_LIMIT = 900;

/**
 * Commitments whose title or summary, in any language, match the query (lib/search: words as
 * prefixes and stems, phrases in quotes, never the reader's text as FTS syntax). A query with
 * nothing searchable in it (only punctuation) matches nothing. Drafts included: callers add PUBLIC_WHERE
 * (the workspace list uses it as it is).
 */
export async function searchWhere(query: string): Promise<Prisma.CommitmentWhereInput> {
  const search = parseSearchQuery(query);
  if (search.terms.length === 0) return { id: { in: [] } };
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "c"."id" AS "id" FROM "Commitment" AS "c"
    ${searchJoin("commitments", "c", search)} ORDER BY ${searchOrder} LIMIT ${SEARCH_MATCH_LIMIT}`;
  return { id: { in: rows.map((row) => row.id) } };
}

async function buildWhere(filters: CommitmentFilters, onDay: Date): Promise<Prisma.CommitmentWhereInput> {
  const and: Prisma.CommitmentWhereInput[] = [PUBLIC_WHERE];
  if (filters.assessment.length) and.push({ assessment: { in: filters.assessment } });
  if (filters.claim.length) and.push({ officialClaim: { in: filters.claim } });
  if (filters.category.length) and.push({ category: { in: filters.category } });
  if (filters.instrument.length) and.push({ instruments: { some: { instrumentCode: { in: filters.instrument } } } });
  if (filters.body.length) and.push({ responsibleBody: { in: filters.body } });
  if (filters.isOverdue) and.push(overdueWhere(onDay));
  if (filters.query) and.push(await searchWhere(filters.query));
  return { AND: and };
}

export function commitmentOrder(sort: CommitmentFilters["sort"]): Prisma.CommitmentOrderByWithRelationInput[] {
  if (sort === "title") return [{ title: "asc" }, { id: "asc" }];
  if (sort === "target") return [{ targetDate: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }];
  return [{ updatedAt: "desc" }, { id: "asc" }];
}

/** What bodyName (lib/bodies/names.ts) needs. */
export const BODY_NAMES_SELECT = {
  key: true,
  nameEn: true,
  nameRu: true,
  nameKk: true,
} satisfies Prisma.ResponsibleBodySelect;
/** What instrumentName (lib/instruments/names.ts) needs. */
export const INSTRUMENT_NAMES_SELECT = {
  code: true,
  name: true,
  nameRu: true,
  nameKk: true,
} satisfies Prisma.InstrumentSelect;

/** What localizeCommitment (lib/commitments/localize.ts) needs to show a title in any language. */
export const TRANSLATABLE_SELECT = {
  title: true,
  summary: true,
  sourceLocale: true,
  translations: { select: { locale: true, title: true, summary: true } },
} satisfies Prisma.CommitmentSelect;

export const COMMITMENT_LIST_SELECT = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  category: true,
  responsibleBody: true,
  officialClaim: true,
  claimSince: true,
  assessment: true,
  assessmentSince: true,
  firstStatedOn: true,
  targetDate: true,
  lastVerifiedOn: true,
  updatedAt: true,
  sourceLocale: true,
  translations: { select: { locale: true, title: true, summary: true } },
  body: { select: BODY_NAMES_SELECT },
  instruments: {
    select: { instrumentCode: true, instrument: { select: INSTRUMENT_NAMES_SELECT } },
    orderBy: { instrumentCode: "asc" },
  },
} satisfies Prisma.CommitmentSelect;

type CommitmentListRecord = Prisma.CommitmentGetPayload<{ select: typeof COMMITMENT_LIST_SELECT }>;
export type CommitmentListRow = CommitmentListRecord & { _count: { evidence: number } };

/** Evidence the public sees: links an editor removed stay in history but are no longer counted or listed. */
export const LIVE_EVIDENCE = { removedAt: null } satisfies Prisma.EvidenceWhereInput;

/**
 * Adds each row's evidence count, counting only these rows' evidence (Prisma's `_count` select
 * would group the whole Evidence table on every query).
 */
export async function withEvidenceCounts(
  rows: CommitmentListRecord[],
  evidenceWhere: Prisma.EvidenceWhereInput = LIVE_EVIDENCE,
): Promise<CommitmentListRow[]> {
  if (rows.length === 0) return [];
  const counts = await db.evidence.groupBy({
    by: ["commitmentId"],
    where: { ...evidenceWhere, commitmentId: { in: rows.map((row) => row.id) } },
    _count: { _all: true },
  });
  const byId = new Map(counts.map((row) => [row.commitmentId, row._count._all]));
  return rows.map((row) => ({ ...row, _count: { evidence: byId.get(row.id) ?? 0 } }));
}

/** One page of published commitments matching the filters, with the total for pagination. */
export async function listPublishedCommitments(
  filters: CommitmentFilters,
  pagination: Pagination,
  onDay: Date = calendarToday(),
) {
  const where = await buildWhere(filters, onDay);
  const [total, items] = await Promise.all([
    db.commitment.count({ where }),
    db.commitment
      .findMany({
        where,
        orderBy: commitmentOrder(filters.sort),
        skip: (pagination.page - 1) * pagination.pageSize,
        take: pagination.pageSize,
        select: COMMITMENT_LIST_SELECT,
      })
      .then((rows) => withEvidenceCounts(rows)),
  ]);
  return {
    total,
    items,
    page: pagination.page,
    pageSize: pagination.pageSize,
    pageCount: Math.max(1, Math.ceil(total / pagination.pageSize)),
  };
}

const EXPORT_BATCH_SIZE = 500;

/**
 * Every published commitment matching the filters, in batches, so an export of any size never
 * holds all rows in memory at once.
 */
export async function* iteratePublishedCommitments(
  filters: CommitmentFilters,
  onDay: Date = calendarToday(),
): AsyncGenerator<CommitmentListRow[]> {
  const where = await buildWhere(filters, onDay);
  const batches = keysetBatches(
    (page) =>
      db.commitment.findMany({
        where,
        orderBy: commitmentOrder(filters.sort),
        ...page,
        select: COMMITMENT_LIST_SELECT,
      }),
    EXPORT_BATCH_SIZE,
  );
  for await (const records of batches) yield await withEvidenceCounts(records);
}

/** One published commitment with its instruments, quotes, evidence and status history; null if absent or unpublished. */
// cache(): the page and its metadata ask for the same record in one request; read it once.
export const getPublishedCommitment = cache(async (slug: string) => {
  const row = await db.commitment.findFirst({
    where: { ...PUBLIC_WHERE, slug },
    include: {
      body: { select: BODY_NAMES_SELECT },
      translations: { select: { locale: true, title: true, summary: true } },
      instruments: { include: { instrument: true }, orderBy: { instrumentCode: "asc" } },
      quotes: { include: { source: true }, orderBy: { position: "asc" } },
      evidence: {
        where: LIVE_EVIDENCE,
        orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      },
      statusChanges: {
        orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }],
        include: {
          evidence: { include: { evidence: { select: { id: true, url: true, title: true, publisher: true } } } },
        },
      },
    },
  });
  // Each evidence link with its archived copy and link status (lib/evidence/capture).
  return row && { ...row, evidence: await withCaptureSummaries(row.evidence) };
});

export type PublicCommitment = NonNullable<Awaited<ReturnType<typeof getPublishedCommitment>>>;

/**
 * A value that changes whenever anything the public view shows changes, whoever wrote it (the app,
 * an import, a script or another process): the newest edit times and row counts of the tables
 * behind the public pages. Reading it costs one small query.
 */
async function publicDataFingerprint(): Promise<string> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT
    (SELECT MAX("updatedAt") FROM "Commitment") AS c, (SELECT COUNT(*) FROM "Commitment") AS cn,
    (SELECT COUNT(*) FROM "StatusChange") AS s,
    (SELECT MAX("updatedAt") FROM "Evidence") AS e, (SELECT COUNT(*) FROM "Evidence") AS en,
    (SELECT MAX("updatedAt") FROM "CommitmentTranslation") AS t, (SELECT COUNT(*) FROM "CommitmentTranslation") AS tn,
    (SELECT COUNT(*) FROM "Instrument") AS i,
    (SELECT MAX("updatedAt") FROM "ResponsibleBody") AS b, (SELECT COUNT(*) FROM "ResponsibleBody") AS bn`;
  return JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

const fingerprintCache = new Map<string, { fingerprint: string; value: Promise<unknown> }>();

/**
 * Reuses an expensive public read while the data behind it is unchanged (checked on every call
 * with publicDataFingerprint), so an editor's change shows on the very next request.
 */
export async function readThroughCache<T>(key: string, read: () => Promise<T>): Promise<T> {
  const fingerprint = await publicDataFingerprint();
  const hit = fingerprintCache.get(key);
  if (hit && hit.fingerprint === fingerprint) return hit.value as Promise<T>;
  const value = read();
  fingerprintCache.set(key, { fingerprint, value });
  value.catch(() => fingerprintCache.delete(key));
  return value;
}

/** The figures on the overview page, all over published commitments. */
export async function getOverview(today: Date = calendarToday()) {
  return readThroughCache(`overview:${today.toISOString()}`, async () => {
    // One scan groups by all three dimensions; the totals per dimension are summed here.
    const [groups, overdue, latestChanges, changeCount] = await Promise.all([
      db.commitment.groupBy({
        by: ["officialClaim", "assessment", "category"],
        where: PUBLIC_WHERE,
        _count: { _all: true },
      }),
      db.commitment.count({ where: { AND: [PUBLIC_WHERE, overdueWhere(today)] } }),
      listRecentStatusChanges({ take: 8 }),
      db.statusChange.count({ where: { commitment: PUBLIC_WHERE } }),
    ]);
    type Group = (typeof groups)[number];
    const byAssessment: Partial<Record<string, number>> = {};
    const byClaimAndAssessment = new Map<
      string,
      { claim: Group["officialClaim"]; assessment: Group["assessment"]; count: number }
    >();
    const byCategory = new Map<string, number>();
    let total = 0;
    for (const row of groups) {
      const count = row._count._all;
      total += count;
      byAssessment[row.assessment] = (byAssessment[row.assessment] ?? 0) + count;
      const key = `${row.officialClaim}|${row.assessment}`;
      const cell = byClaimAndAssessment.get(key) ?? { claim: row.officialClaim, assessment: row.assessment, count: 0 };
      cell.count += count;
      byClaimAndAssessment.set(key, cell);
      byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + count);
    }
    return {
      total,
      overdue,
      changeCount,
      byAssessment,
      byClaimAndAssessment: [...byClaimAndAssessment.values()],
      byCategory: [...byCategory]
        .map(([category, count]) => ({ category, count }))
        .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
      latestChanges,
    };
  });
}

const RECENT_CHANGE_INCLUDE = {
  commitment: { select: { slug: true, isPublished: true, isArchived: true, ...TRANSLATABLE_SELECT } },
  evidence: { include: { evidence: { select: { url: true, title: true } } } },
} satisfies Prisma.StatusChangeInclude;

/** The most recent status changes of published commitments (newest effective date first). */
export async function listRecentStatusChanges({ take, commitmentId }: { take: number; commitmentId?: string }) {
  const query = (where: Prisma.StatusChangeWhereInput, limit: number) =>
    db.statusChange.findMany({
      where,
      orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }],
      take: limit,
      include: RECENT_CHANGE_INCLUDE,
    });
  const isPublic = (row: Awaited<ReturnType<typeof query>>[number]) =>
    row.commitment.isPublished && !row.commitment.isArchived;
  if (!commitmentId) {
    // Filtering on the commitment in SQL makes SQLite join and sort the whole history; reading the
    // newest changes by the effectiveOn index and dropping drafts here touches a few dozen rows.
    // When drafts crowd that window, the SQL filter below answers instead.
    const window = await query({}, take * 4);
    const published = window.filter(isPublic);
    if (published.length >= take || window.length < take * 4) return published.slice(0, take);
  }
  return query({ commitment: PUBLIC_WHERE, ...(commitmentId ? { commitmentId } : {}) }, take);
}

/** Every status change of published commitments, oldest first, in batches (history export). */
export async function* iteratePublicStatusChanges() {
  yield* keysetBatches(
    (page) =>
      db.statusChange.findMany({
        where: { commitment: PUBLIC_WHERE },
        orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
        ...page,
        include: {
          commitment: { select: { slug: true, ...TRANSLATABLE_SELECT } },
          evidence: { include: { evidence: { select: { url: true } } } },
        },
      }),
    EXPORT_BATCH_SIZE,
  );
}

/** Values that the filters can take, drawn from published records (for the filter form). */
export async function listFilterOptions() {
  return readThroughCache("filter-options", readFilterOptions);
}

async function readFilterOptions() {
  const [instruments, bodies] = await Promise.all([
    db.instrument.findMany({
      where: { commitments: { some: { commitment: PUBLIC_WHERE } } },
      orderBy: { code: "asc" },
      select: INSTRUMENT_NAMES_SELECT,
    }),
    db.responsibleBody.findMany({
      where: { commitments: { some: PUBLIC_WHERE } },
      orderBy: { key: "asc" },
      select: BODY_NAMES_SELECT,
    }),
  ]);
  return { instruments, bodies };
}

/** Slugs and last-change times of published commitments (sitemap). */
export async function listPublishedSlugs() {
  return db.commitment.findMany({
    where: PUBLIC_WHERE,
    select: { slug: true, updatedAt: true },
    orderBy: { slug: "asc" },
  });
}

/** The id, slug and title of a published commitment (for its feed), or null. */
export async function getPublishedCommitmentId(slug: string) {
  return db.commitment.findFirst({
    where: { ...PUBLIC_WHERE, slug },
    select: { id: true, slug: true, ...TRANSLATABLE_SELECT },
  });
}
