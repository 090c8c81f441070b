import "server-only";
import { db } from "@/lib/db/client";
import { PUBLIC_WHERE } from "@/lib/commitments/data";
import { paragraphOrder } from "../vocabulary";

/** Every recommendation of one mechanism and cycle, with what the shadow report says about its published linked commitments. */
export async function readShadowRecommendations(mechanismCode: string, cycle: string | null) {
  const rows = await db.recommendation.findMany({
    where: { mechanismCode, ...(cycle ? { cycle } : {}) },
    select: {
      id: true,
      symbol: true,
      paragraph: true,
      recommendingState: true,
      text: true,
      textLocale: true,
      textEn: true,
      textRu: true,
      textKk: true,
      response: true,
      themes: { select: { theme: true }, orderBy: { theme: "asc" } },
      commitments: {
        where: { commitment: PUBLIC_WHERE },
        orderBy: { createdAt: "asc" },
        select: {
          commitment: {
            select: {
              id: true,
              slug: true,
              title: true,
              summary: true,
              sourceLocale: true,
              translations: { select: { locale: true, title: true, summary: true } },
              officialClaim: true,
              claimSince: true,
              assessment: true,
              assessmentSince: true,
              statusChanges: {
                where: { field: "ASSESSMENT" },
                orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }],
                take: 1,
                select: { justification: true, effectiveOn: true, evidence: { select: { evidenceId: true } } },
              },
              evidence: {
                where: { removedAt: null },
                orderBy: { createdAt: "asc" },
                select: {
                  id: true,
                  title: true,
                  url: true,
                  captures: { where: { outcome: "CAPTURED" }, orderBy: { capturedAt: "desc" }, take: 1, select: { capturedAt: true, sha256: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  return rows.sort((a, b) => a.symbol.localeCompare(b.symbol) || paragraphOrder(a.paragraph) - paragraphOrder(b.paragraph) || a.recommendingState.localeCompare(b.recommendingState));
}

export type ShadowRecommendation = Awaited<ReturnType<typeof readShadowRecommendations>>[number];
