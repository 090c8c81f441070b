import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BODY_NAMES_SELECT, PUBLIC_WHERE, TRANSLATABLE_SELECT } from "@/lib/commitments/data";
import { endOfDay } from "@/lib/reports/as-of";
import { CHANGES_PAGE_SIZE, type ChangeFilters } from "./filters";

const CHANGE_INCLUDE = {
  commitment: { select: { slug: true, category: true, body: { select: BODY_NAMES_SELECT }, ...TRANSLATABLE_SELECT } },
  evidence: { include: { evidence: { select: { id: true, url: true, title: true, publisher: true } } } },
} satisfies Prisma.StatusChangeInclude;

/** One page of public status changes, newest effective date first, with the total for pagination. */
export async function listPublicChanges(filters: ChangeFilters) {
  const where: Prisma.StatusChangeWhereInput = {
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
