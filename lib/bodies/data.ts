import "server-only";
import { db } from "@/lib/db/client";
import { overdueWhere } from "@/lib/calendar";
import { PUBLIC_WHERE } from "@/lib/commitments/data";
import type { AssessmentKey } from "@/lib/vocabulary";
import type { Locale } from "@/i18n/locales";
import { bodyName } from "./names";

/** Every responsible body with how many commitments (drafts included) name it: the admin list and the forms. */
export async function listBodiesForWorkspace() {
  const [bodies, counts] = await Promise.all([
    db.responsibleBody.findMany({
      orderBy: { key: "asc" },
      select: { key: true, nameEn: true, nameRu: true, nameKk: true, version: true },
    }),
    db.commitment.groupBy({ by: ["responsibleBody"], _count: { _all: true } }),
  ]);
  const byKey = new Map(counts.map((row) => [row.responsibleBody, row._count._all]));
  return bodies.map((body) => ({ ...body, commitmentCount: byKey.get(body.key) ?? 0 }));
}

export type BodyTally = { total: number; overdue: number; byAssessment: Partial<Record<AssessmentKey, number>> };

/**
 * Bodies that have published commitments, each with its tally by assessment and how many are
 * overdue on `onDay`: the /bodies page.
 */
export async function listPublicBodies(onDay: Date) {
  const [bodies, groups, overdue] = await Promise.all([
    db.responsibleBody.findMany({
      where: { commitments: { some: PUBLIC_WHERE } },
      select: { key: true, nameEn: true, nameRu: true, nameKk: true },
    }),
    db.commitment.groupBy({ by: ["responsibleBody", "assessment"], where: PUBLIC_WHERE, _count: { _all: true } }),
    db.commitment.groupBy({
      by: ["responsibleBody"],
      where: { AND: [PUBLIC_WHERE, overdueWhere(onDay)] },
      _count: { _all: true },
    }),
  ]);
  const tallies = new Map<string, BodyTally>();
  for (const row of groups) {
    const tally = tallies.get(row.responsibleBody) ?? { total: 0, overdue: 0, byAssessment: {} };
    tally.total += row._count._all;
    tally.byAssessment[row.assessment] = (tally.byAssessment[row.assessment] ?? 0) + row._count._all;
    tallies.set(row.responsibleBody, tally);
  }
  for (const row of overdue) {
    const tally = tallies.get(row.responsibleBody);
    if (tally) tally.overdue = row._count._all;
  }
  return bodies.map((body) => ({
    ...body,
    tally: tallies.get(body.key) ?? { total: 0, overdue: 0, byAssessment: {} },
  }));
}

/** One body by key (published commitments or not: a body page exists once the body does), or null. */
export async function getBody(key: string) {
  return db.responsibleBody.findUnique({
    where: { key },
    select: { key: true, nameEn: true, nameRu: true, nameKk: true },
  });
}

/** Bodies as choices for the commitment form, named in the workspace's language, alphabetically. */
export async function listBodyChoices(locale: Locale) {
  const bodies = await db.responsibleBody.findMany({ select: { key: true, nameEn: true, nameRu: true, nameKk: true } });
  return bodies
    .map((body) => ({ value: body.key, label: bodyName(body, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
