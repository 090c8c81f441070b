import "server-only";
import { searchWhere } from "@/lib/commitments/data";
import { withCaptureSummaries } from "@/lib/evidence/capture/data";
import { db } from "@/lib/db/client";
import { normaliseForSearch } from "@/lib/search-text";
import { isAssessment } from "@/lib/vocabulary";
import { flagsOf, type WorkspaceFlag } from "./flags";
import type { WorkspaceFilters } from "./filters";
import { WORKSPACE_TITLE_SELECT, type TitledRecord } from "./workspace-title";

/** Every commitment (drafts and archived too) for the workspace list, with attention flags. */
export async function listWorkspaceCommitments(filters: WorkspaceFilters) {
  // Words through the full-text index (lib/search, as the public list); a slug typed whole or in part as well.
  const slug = filters.query ? normaliseForSearch(filters.query).slice(0, 200) : "";
  const words = filters.query ? await searchWhere(filters.query.slice(0, 200)) : null;
  const rows = await db.commitment.findMany({
    where: {
      ...(words ? { OR: [words, ...(slug ? [{ slug: { contains: slug } }] : [])] } : {}),
      ...(filters.category ? { category: filters.category } : {}),
      ...(filters.assessment && isAssessment(filters.assessment) ? { assessment: filters.assessment } : {}),
      ...(filters.state === "published" ? { isPublished: true, isArchived: false } : {}),
      ...(filters.state === "draft" ? { isPublished: false, isArchived: false } : {}),
      ...(filters.state === "archived" ? { isArchived: true } : {}),
    },
    orderBy: [{ updatedAt: "desc" }],
    select: {
      id: true,
      slug: true,
      ...WORKSPACE_TITLE_SELECT,
      category: true,
      officialClaim: true,
      assessment: true,
      targetDate: true,
      lastVerifiedOn: true,
      isPublished: true,
      isArchived: true,
      updatedAt: true,
    },
  });
  const withFlags = rows.map((row) => ({ ...row, flags: flagsOf(row) }));
  return filters.flag ? withFlags.filter((row) => row.flags.includes(filters.flag as WorkspaceFlag)) : withFlags;
}

export type WorkspaceCommitment = Awaited<ReturnType<typeof listWorkspaceCommitments>>[number];

/** The titles (original and translations) of the given commitments, by id: for lists that read only ids and titles. */
export async function readWorkspaceTitles(ids: readonly string[]): Promise<Map<string, TitledRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await db.commitment.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, ...WORKSPACE_TITLE_SELECT },
  });
  return new Map(rows.map(({ id, ...titled }) => [id, titled]));
}

/** One commitment with everything its workspace page shows and edits. */
export async function getCommitmentForEditing(id: string) {
  if (id.length > 64) return null;
  const row = await db.commitment.findUnique({
    where: { id },
    include: {
      instruments: { select: { instrumentCode: true }, orderBy: { instrumentCode: "asc" } },
      translations: { select: { locale: true, title: true, summary: true } },
      quotes: { orderBy: { position: "asc" }, include: { source: true } },
      evidence: { where: { removedAt: null }, orderBy: { createdAt: "desc" } },
      statusChanges: {
        orderBy: [{ recordedAt: "desc" }],
        include: {
          recordedBy: { select: { name: true } },
          evidence: { include: { evidence: { select: { id: true, title: true, url: true } } } },
        },
      },
      verifications: { orderBy: { recordedAt: "desc" }, take: 10, include: { recordedBy: { select: { name: true } } } },
    },
  });
  return row && { ...row, evidence: await withCaptureSummaries(row.evidence) };
}

export type CommitmentForEditing = NonNullable<Awaited<ReturnType<typeof getCommitmentForEditing>>>;

/** Instruments to choose from, by code. */
export async function listInstruments() {
  return db.instrument.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
}

/** Sources to cite a quote from, newest first. */
export async function listSources() {
  return db.source.findMany({
    orderBy: [{ publishedOn: "desc" }, { title: "asc" }],
    select: { id: true, title: true, author: true, publishedOn: true },
  });
}
