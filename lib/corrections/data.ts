import "server-only";
import { db } from "@/lib/db/client";

/** The reader inbox: new corrections oldest first, then the latest decided ones. Editors only (the page checks). */
export async function listCorrections() {
  const include = { commitment: { select: { id: true, slug: true, title: true } } } as const;
  const [open, decided, newCount] = await Promise.all([
    db.readerCorrection.findMany({ where: { state: "NEW" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200, include }),
    db.readerCorrection.findMany({ where: { state: { not: "NEW" } }, orderBy: [{ decidedAt: "desc" }, { id: "asc" }], take: 50, include }),
    db.readerCorrection.count({ where: { state: "NEW" } }),
  ]);
  return { open, decided, newCount };
}

export type InboxCorrection = Awaited<ReturnType<typeof listCorrections>>["open"][number];
