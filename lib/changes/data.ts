import "server-only";
import { db } from "@/lib/db/client";
import { keysetBatches } from "@/lib/db/keyset";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BODY_NAMES_SELECT, PUBLIC_WHERE, TRANSLATABLE_SELECT } from "@/lib/commitments/data";
import { endOfDay } from "@/lib/reports/as-of";
import { CHANGES_PAGE_SIZE, type ChangeFilters } from "./filters";

const EXPORT_BATCH_SIZE = 500;

const CHANGE_INCLUDE = {
  commitment: { select: { slug: true, category: true, body: { select: BODY_NAMES_SELECT }, ...TRANSLATABLE_SELECT } },
  evidence: { include: { evidence: { select: { id: true, url: true, title: true, publisher: true } } } },
} satisfies Prisma.StatusChangeInclude;

/** The public changes the filters select (the page number is not a filter). */
function publicChangesWhere(filters: ChangeFilters): Prisma.StatusChangeWhereInput {
  return {
    commitment: {
      AND: [
        PUBLIC_WHERE,
        filters.category ? { category: filters.category } : {},
        filters.body ? { responsibleBody: filters.body } : {},
      ],
    },
    ...(filters.reasons.length > 0 ? { reasonCode: { in: filters.reasons } } : {}),
    ...(filters.from || filters.to
      ? {
          effectiveOn: {
            ...(filters.from ? { gte: filters.from } : {}),
            ...(filters.to ? { lte: endOfDay(filters.to) } : {}),
          },
        }
      : {}),
  };
}

/** One page of public status changes, newest effective date first, with the total for pagination. */
export async function listPublicChanges(filters: ChangeFilters) {
  const where = publicChangesWhere(filters);
  const [total, items] = await Promise.all([
    db.statusChange.count({ where }),
    db.statusChange.findMany({
      where,
      orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * CHANGES_PAGE_SIZE,
      take: CHANGES_PAGE_SIZE,
      include: CHANGE_INCLUDE,
    }),
  ]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / CHANGES_PAGE_SIZE)) };
}

export type PublicChange = Awaited<ReturnType<typeof listPublicChanges>>["items"][number];

/**
 * Every public change the filters select, oldest first, in batches with what the history CSV reads
 * (lib/open-data/columns.ts historyColumns): the filtered /changes page's download.
 */
export async function* iteratePublicChanges(filters: ChangeFilters) {
  const where = publicChangesWhere(filters);
  yield* keysetBatches(
    (page) =>
      db.statusChange.findMany({
        where,
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
