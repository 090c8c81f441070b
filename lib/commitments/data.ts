import "server-only";
import { db } from "@/lib/db/client";

/** Published, non-archived commitments for the public list, grouped by theme then title. */
export async function listPublishedCommitments() {
  return db.commitment.findMany({
    where: { isPublished: true, isArchived: false },
    orderBy: [{ category: "asc" }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      category: true,
      responsibleBody: true,
      officialClaim: true,
      assessment: true,
      targetDate: true,
    },
  });
}

export type PublicCommitmentSummary = Awaited<ReturnType<typeof listPublishedCommitments>>[number];
