import "server-only";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/paging";
import { WORKSPACE_TITLE_SELECT } from "@/lib/manage/workspace-title";

/**
 * The reader inbox: one page of new corrections, oldest first (ties by id, so pages never overlap
 * or skip; a page past the end is the last page), then the latest decided ones. Editors only (the page checks).
 */
export async function listCorrections(requestedPage = 1) {
  const include = { commitment: { select: { id: true, slug: true, ...WORKSPACE_TITLE_SELECT } } } as const;
  const where = { state: "NEW" };
  const newCount = await db.readerCorrection.count({ where });
  const { page, pageCount, skip, take } = pageWindow(requestedPage, newCount);
  const [open, decided] = await Promise.all([
    db.readerCorrection.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip, take, include }),
    db.readerCorrection.findMany({
      where: { state: { not: "NEW" } },
      orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
      take: 50,
      include,
    }),
  ]);
  return { open, decided, newCount, page, pageCount };
}

export type InboxCorrection = Awaited<ReturnType<typeof listCorrections>>["open"][number];
