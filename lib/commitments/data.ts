import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normaliseForSearch } from "@/lib/search-text";
import type { CommitmentFilters, Pagination } from "./filters";

// Everything here reads the public view: published, non-archived records only. Drafts must never
// leak, so every query starts from PUBLIC_WHERE.
export const PUBLIC_WHERE = { isPublished: true, isArchived: false } satisfies Prisma.CommitmentWhereInput;

/** 00:00 UTC today: a target date before it has passed. */
export function startOfToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const OVERDUE_WHERE = (today: Date): Prisma.CommitmentWhereInput => ({
  targetDate: { lt: today },
  assessment: { not: "IMPLEMENTED" },
});

/**
 * Ids of commitments whose search text contains the query. `instr` matches the text literally;
 * Prisma's `contains` becomes LIKE, where "%" and "_" in a reader's query would act as wildcards.
 */
async function searchMatchingIds(query: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Commitment" WHERE instr("searchText", ${normaliseForSearch(query)}) > 0`;
  return rows.map((row) => row.id);
}

async function buildWhere(filters: CommitmentFilters, today: Date): Promise<Prisma.CommitmentWhereInput> {
  const and: Prisma.CommitmentWhereInput[] = [PUBLIC_WHERE];
  if (filters.assessment.length) and.push({ assessment: { in: filters.assessment } });
  if (filters.claim.length) and.push({ officialClaim: { in: filters.claim } });
  if (filters.category.length) and.push({ category: { in: filters.category } });
  if (filters.instrument.length) and.push({ instruments: { some: { instrumentCode: { in: filters.instrument } } } });
  if (filters.body.length) and.push({ responsibleBody: { in: filters.body } });
  if (filters.isOverdue) and.push(OVERDUE_WHERE(today));
  // searchText is stored lower-cased with Unicode rules (lib/search-text.ts), so a lower-cased
  // query matches Cyrillic and Latin alike regardless of case.
  if (filters.query) and.push({ id: { in: await searchMatchingIds(filters.query) } });
  return { AND: and };
}

export function commitmentOrder(sort: CommitmentFilters["sort"]): Prisma.CommitmentOrderByWithRelationInput[] {
  if (sort === "title") return [{ title: "asc" }, { id: "asc" }];
  if (sort === "target") return [{ targetDate: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }];
  return [{ updatedAt: "desc" }, { id: "asc" }];
}

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
  instruments: { select: { instrumentCode: true }, orderBy: { instrumentCode: "asc" } },
  _count: { select: { evidence: true } },
} satisfies Prisma.CommitmentSelect;

export type CommitmentListRow = Prisma.CommitmentGetPayload<{ select: typeof COMMITMENT_LIST_SELECT }>;

/** One page of published commitments matching the filters, with the total for pagination. */
export async function listPublishedCommitments(filters: CommitmentFilters, pagination: Pagination, now: Date = new Date()) {
  const where = await buildWhere(filters, startOfToday(now));
  const [total, items] = await Promise.all([
    db.commitment.count({ where }),
    db.commitment.findMany({
      where,
      orderBy: commitmentOrder(filters.sort),
      skip: (pagination.page - 1) * pagination.pageSize,
      take: pagination.pageSize,
      select: COMMITMENT_LIST_SELECT,
    }),
  ]);
  return { total, items, page: pagination.page, pageSize: pagination.pageSize, pageCount: Math.max(1, Math.ceil(total / pagination.pageSize)) };
}

const EXPORT_BATCH_SIZE = 500;

/**
 * Every published commitment matching the filters, in batches, so an export of any size never
 * holds all rows in memory at once.
 */
export async function* iteratePublishedCommitments(filters: CommitmentFilters, now: Date = new Date()): AsyncGenerator<CommitmentListRow[]> {
  const where = await buildWhere(filters, startOfToday(now));
  for (let skip = 0; ; skip += EXPORT_BATCH_SIZE) {
    const batch = await db.commitment.findMany({ where, orderBy: commitmentOrder(filters.sort), skip, take: EXPORT_BATCH_SIZE, select: COMMITMENT_LIST_SELECT });
    if (batch.length > 0) yield batch;
    if (batch.length < EXPORT_BATCH_SIZE) return;
  }
}

/** One published commitment with its instruments, quotes, evidence and status history; null if absent or unpublished. */
export async function getPublishedCommitment(slug: string) {
  return db.commitment.findFirst({
    where: { ...PUBLIC_WHERE, slug },
    include: {
      translations: { select: { locale: true, title: true, summary: true } },
      instruments: { include: { instrument: true }, orderBy: { instrumentCode: "asc" } },
      quotes: { include: { source: true }, orderBy: { position: "asc" } },
      evidence: { orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }] },
      statusChanges: {
        orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }],
        include: { evidence: { include: { evidence: { select: { id: true, url: true, title: true, publisher: true } } } } },
      },
    },
  });
}

export type PublicCommitment = NonNullable<Awaited<ReturnType<typeof getPublishedCommitment>>>;

/** The figures on the overview page, all over published commitments. */
export async function getOverview(now: Date = new Date()) {
  const today = startOfToday(now);
  const [total, byAssessment, byClaimAndAssessment, byCategory, overdue, latestChanges] = await Promise.all([
    db.commitment.count({ where: PUBLIC_WHERE }),
    db.commitment.groupBy({ by: ["assessment"], where: PUBLIC_WHERE, _count: { _all: true } }),
    db.commitment.groupBy({ by: ["officialClaim", "assessment"], where: PUBLIC_WHERE, _count: { _all: true } }),
    db.commitment.groupBy({ by: ["category"], where: PUBLIC_WHERE, _count: { _all: true } }),
    db.commitment.count({ where: { AND: [PUBLIC_WHERE, OVERDUE_WHERE(today)] } }),
    listRecentStatusChanges({ take: 8 }),
  ]);
  return {
    total,
    overdue,
    byAssessment: Object.fromEntries(byAssessment.map((row) => [row.assessment, row._count._all])) as Partial<Record<string, number>>,
    byClaimAndAssessment: byClaimAndAssessment.map((row) => ({ claim: row.officialClaim, assessment: row.assessment, count: row._count._all })),
    byCategory: byCategory.map((row) => ({ category: row.category, count: row._count._all })).sort((a, b) => b.count - a.count),
    latestChanges,
  };
}

/** The most recent status changes of published commitments (newest effective date first). */
export async function listRecentStatusChanges({ take, commitmentId }: { take: number; commitmentId?: string }) {
  return db.statusChange.findMany({
    where: { commitment: PUBLIC_WHERE, ...(commitmentId ? { commitmentId } : {}) },
    orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }],
    take,
    include: {
      commitment: { select: { slug: true, ...TRANSLATABLE_SELECT } },
      evidence: { include: { evidence: { select: { url: true, title: true } } } },
    },
  });
}

/** Every status change of published commitments, oldest first, in batches (history export). */
export async function* iteratePublicStatusChanges() {
  for (let skip = 0; ; skip += EXPORT_BATCH_SIZE) {
    const batch = await db.statusChange.findMany({
      where: { commitment: PUBLIC_WHERE },
      orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
      skip,
      take: EXPORT_BATCH_SIZE,
      include: {
        commitment: { select: { slug: true, ...TRANSLATABLE_SELECT } },
        evidence: { include: { evidence: { select: { url: true } } } },
      },
    });
    if (batch.length > 0) yield batch;
    if (batch.length < EXPORT_BATCH_SIZE) return;
  }
}

/** Values that the filters can take, drawn from published records (for the filter form). */
export async function listFilterOptions() {
  const [instruments, bodies] = await Promise.all([
    db.instrument.findMany({
      where: { commitments: { some: { commitment: PUBLIC_WHERE } } },
      orderBy: { code: "asc" },
      select: { code: true, name: true },
    }),
    db.commitment.groupBy({ by: ["responsibleBody"], where: PUBLIC_WHERE, orderBy: { responsibleBody: "asc" } }),
  ]);
  return { instruments, bodies: bodies.map((row) => row.responsibleBody) };
}

/** Slugs and last-change times of published commitments (sitemap). */
export async function listPublishedSlugs() {
  return db.commitment.findMany({ where: PUBLIC_WHERE, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}

/** The id, slug and title of a published commitment (for its feed), or null. */
export async function getPublishedCommitmentId(slug: string) {
  return db.commitment.findFirst({ where: { ...PUBLIC_WHERE, slug }, select: { id: true, slug: true, ...TRANSLATABLE_SELECT } });
}
