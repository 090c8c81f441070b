import "server-only";
import { today } from "@/lib/calendar";
import { captureSummaries, type CaptureSummary } from "@/lib/evidence/capture/data";
import { db } from "@/lib/db/client";
import { keysetBatches } from "@/lib/db/keyset";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  COMMITMENT_LIST_SELECT,
  LIVE_EVIDENCE,
  PUBLIC_WHERE,
  TRANSLATABLE_SELECT,
  commitmentOrder,
  withEvidenceCounts,
  type CommitmentListRow,
} from "@/lib/commitments/data";
import { ASSESSMENTS, CATEGORIES, OFFICIAL_CLAIMS } from "@/lib/vocabulary";
import type { TranslatableText } from "@/lib/commitments/localize";
import { endOfDay, statusAsOf } from "./as-of";
import { REASON_CODES, type ReasonCode } from "@/lib/statuses/reasons";

/** Public reports cover published records; the workspace's include drafts (never archived ones). */
export type ReportScope = "public" | "workspace";

const BATCH_SIZE = 500;

function scopeWhere(scope: ReportScope): Prisma.CommitmentWhereInput {
  return scope === "public" ? PUBLIC_WHERE : { isArchived: false };
}

/**
 * Every commitment as it stood at the end of `asOf`, in batches (same rows, order and columns as
 * /export/commitments.csv; for today the content is identical). A commitment first stated after
 * `asOf` is left out.
 */
export async function* iterateSnapshot(
  asOf: Date,
  scope: ReportScope,
  onDay: Date = today(),
): AsyncGenerator<CommitmentListRow[]> {
  const limit = endOfDay(asOf);
  const isToday = asOf.getTime() >= onDay.getTime();
  const where: Prisma.CommitmentWhereInput = {
    AND: [scopeWhere(scope), { OR: [{ firstStatedOn: null }, { firstStatedOn: { lte: limit } }] }],
  };
  for await (const records of keysetBatches(
    (page) =>
      db.commitment.findMany({ where, orderBy: commitmentOrder("updated"), ...page, select: COMMITMENT_LIST_SELECT }),
    BATCH_SIZE,
  )) {
    // Evidence counted as of the date: added by then, and not removed by then.
    const batch = await withEvidenceCounts(
      records,
      isToday ? LIVE_EVIDENCE : { createdAt: { lte: limit }, OR: [{ removedAt: null }, { removedAt: { gt: limit } }] },
    );
    const ids = batch.map((row) => row.id);
    const history = await db.statusChange.findMany({
      where: { commitmentId: { in: ids } },
      select: { commitmentId: true, field: true, fromValue: true, toValue: true, effectiveOn: true, recordedAt: true },
    });
    const historyById = new Map<string, typeof history>();
    for (const entry of history)
      historyById.set(entry.commitmentId, [...(historyById.get(entry.commitmentId) ?? []), entry]);
    yield batch.map((row) => {
      const own = historyById.get(row.id) ?? [];
      const status = statusAsOf(row, own, asOf);
      const recordedBy = own.filter((entry) => entry.effectiveOn <= limit).map((entry) => entry.recordedAt.getTime());
      return {
        ...row,
        ...status,
        lastVerifiedOn: row.lastVerifiedOn && row.lastVerifiedOn <= limit ? row.lastVerifiedOn : null,
        // For a past date, the record's last change is the last status change in effect by then.
        updatedAt: isToday ? row.updatedAt : new Date(Math.max(0, ...recordedBy)),
      };
    });
  }
}

/** Counts by assessment × category and by official claim × assessment, as of a date. */
export async function getSummary(asOf: Date, scope: ReportScope) {
  const byCategory = new Map<string, Map<string, number>>();
  const byClaim = new Map<string, Map<string, number>>();
  const byAssessment = new Map<string, number>();
  let total = 0;
  const bump = (table: Map<string, Map<string, number>>, row: string, column: string) => {
    const counts = table.get(row) ?? new Map<string, number>();
    counts.set(column, (counts.get(column) ?? 0) + 1);
    table.set(row, counts);
  };
  for await (const batch of iterateSnapshot(asOf, scope)) {
    for (const row of batch) {
      total += 1;
      byAssessment.set(row.assessment, (byAssessment.get(row.assessment) ?? 0) + 1);
      bump(byCategory, row.category, row.assessment);
      bump(byClaim, row.officialClaim, row.assessment);
    }
  }
  // Assessment changes in effect by the date, by reason code × the assessment they moved to.
  const byReason = new Map<string, Map<string, number>>();
  const reasonGroups = await db.statusChange.groupBy({
    by: ["reasonCode", "toValue"],
    where: { field: "ASSESSMENT", effectiveOn: { lte: endOfDay(asOf) }, commitment: scopeWhere(scope) },
    _count: { _all: true },
  });
  for (const group of reasonGroups) {
    const counts = byReason.get(group.reasonCode) ?? new Map<string, number>();
    counts.set(group.toValue, group._count._all);
    byReason.set(group.reasonCode, counts);
  }
  const toRows = (table: Map<string, Map<string, number>>, keys: readonly string[]) =>
    keys.map((key) => ({
      key,
      counts: Object.fromEntries(ASSESSMENTS.map((a) => [a, table.get(key)?.get(a) ?? 0])) as Record<string, number>,
    }));
  return {
    total,
    /** Every commitment counted once by its assessment on the date: the tables' totals row. */
    totals: Object.fromEntries(ASSESSMENTS.map((a) => [a, byAssessment.get(a) ?? 0])) as Record<string, number>,
    byCategory: toRows(byCategory, CATEGORIES).filter((row) => Object.values(row.counts).some((n) => n > 0)),
    byClaim: toRows(byClaim, OFFICIAL_CLAIMS),
    byReason: toRows(byReason, REASON_CODES).filter((row) => Object.values(row.counts).some((n) => n > 0)),
  };
}

export type SummaryReport = Awaited<ReturnType<typeof getSummary>>;

const CHANGE_INCLUDE = {
  commitment: { select: { slug: true, ...TRANSLATABLE_SELECT } },
  evidence: { include: { evidence: { select: { url: true } } } },
  recordedBy: { select: { name: true } },
} satisfies Prisma.StatusChangeInclude;

export type ChangeReportRow = Prisma.StatusChangeGetPayload<{ include: typeof CHANGE_INCLUDE }>;

/**
 * Every status change effective within [from, to] (both days included), oldest first, in batches;
 * with `reasons`, only changes with one of those reason codes (none given: every reason).
 */
export async function* iterateChanges(
  from: Date,
  to: Date,
  scope: ReportScope,
  reasons: readonly ReasonCode[] = [],
): AsyncGenerator<ChangeReportRow[]> {
  const where: Prisma.StatusChangeWhereInput = {
    effectiveOn: { gte: from, lte: endOfDay(to) },
    commitment: scopeWhere(scope),
    ...(reasons.length > 0 ? { reasonCode: { in: [...reasons] } } : {}),
  };
  yield* keysetBatches(
    (page) =>
      db.statusChange.findMany({
        where,
        orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
        ...page,
        include: CHANGE_INCLUDE,
      }),
    BATCH_SIZE,
  );
}

export type EvidenceRegisterRow = {
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: Date | null;
  kind: string;
  commitments: ({ slug: string } & TranslatableText)[];
  /** The first evidence row with this URL: its captures are the register's archived copy. */
  firstEvidenceId: string;
  capture?: CaptureSummary;
};

/** Every evidence link, once per URL, with the commitments it supports; in batches. */
export async function* iterateEvidenceRegister(scope: ReportScope): AsyncGenerator<EvidenceRegisterRow[]> {
  let pending: EvidenceRegisterRow | null = null;
  const batches = keysetBatches(
    (page) =>
      db.evidence.findMany({
        where: { ...LIVE_EVIDENCE, commitment: scopeWhere(scope) },
        orderBy: [{ url: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        ...page,
        include: { commitment: { select: { slug: true, ...TRANSLATABLE_SELECT } } },
      }),
    BATCH_SIZE,
  );
  for await (const batch of batches) {
    const rows: EvidenceRegisterRow[] = [];
    for (const item of batch) {
      if (pending && pending.url === item.url) {
        if (!pending.commitments.some((c) => c.slug === item.commitment.slug))
          pending.commitments.push(item.commitment);
        continue;
      }
      if (pending) rows.push(pending);
      pending = {
        url: item.url,
        title: item.title,
        publisher: item.publisher,
        publishedOn: item.publishedOn,
        kind: item.kind,
        commitments: [item.commitment],
        firstEvidenceId: item.id,
      };
    }
    if (rows.length > 0) yield await withCaptures(rows);
  }
  if (pending) yield await withCaptures([pending]);
}

/** Each row with the capture of its first evidence link (SHA-256, capture time, link status). */
async function withCaptures(rows: EvidenceRegisterRow[]): Promise<EvidenceRegisterRow[]> {
  const captures = await captureSummaries(rows.map((row) => ({ id: row.firstEvidenceId, url: row.url })));
  return rows.map((row) => ({ ...row, capture: captures.get(row.firstEvidenceId) }));
}
