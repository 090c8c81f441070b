import "server-only";
import { db } from "@/lib/db/client";
import { IN_CHUNK, keysetBatches, readInChunks as readIn, type KeysetPage } from "@/lib/db/keyset";
import { PUBLIC_WHERE } from "@/lib/commitments/data";
import { readFacets } from "../list/data";
import { paragraphOrder } from "../vocabulary";
import type { ShadowSource } from "./build-table";

export { summariseShadowRows } from "./summary";

// The report reads flat queries, one per table and batch, joined here in memory. Prisma's nested
// selects (links → commitment → latest status change → evidence → latest capture) became one
// round trip per row and relation: 35-39 s for 10,000 recommendations (measured, issue 17).
// No read filters on a relation (`commitment: PUBLIC_WHERE`) either: without planner statistics
// SQLite ran that join from the commitment side, 0.55 s per batch of 900 links (measured); the
// links are read plain and the published commitments picked by id.

/** Recommendations per batch; the other reads of a batch ask for at most IN_CHUNK ids at a time. */
const BATCH = 1_000;

const RECOMMENDATION_SELECT = {
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
} as const;

const COMMITMENT_SELECT = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  sourceLocale: true,
  officialClaim: true,
  claimSince: true,
  assessment: true,
  assessmentSince: true,
} as const;

type ShadowCommitment = ShadowSource["commitments"][number]["commitment"] & { id: string };

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * The published ones of the commitments `candidates` names, each with its translations, its latest
 * assessment change (and the evidence it cites), its evidence not removed (oldest first) and each
 * item's latest good capture. Drafts and archived commitments are left out of the map.
 */
async function readCommitments(candidates: string[]): Promise<Map<string, ShadowCommitment>> {
  const commitments = await readIn(candidates, (chunk) =>
    db.commitment.findMany({ where: { id: { in: chunk }, ...PUBLIC_WHERE }, select: COMMITMENT_SELECT }),
  );
  const ids = commitments.map((commitment) => commitment.id);
  const translations = await readIn(ids, (chunk) =>
    db.commitmentTranslation.findMany({
      where: { commitmentId: { in: chunk } },
      select: { commitmentId: true, locale: true, title: true, summary: true },
    }),
  );
  // Newest first per commitment; the first row of each commitment is its latest assessment.
  const changes = await readIn(ids, (chunk) =>
    db.statusChange.findMany({
      where: { commitmentId: { in: chunk }, field: "ASSESSMENT" },
      orderBy: [{ commitmentId: "asc" }, { effectiveOn: "desc" }, { recordedAt: "desc" }, { id: "asc" }],
      select: { id: true, commitmentId: true, justification: true },
    }),
  );
  const latest = new Map<string, { id: string; justification: string }>();
  for (const change of changes) if (!latest.has(change.commitmentId)) latest.set(change.commitmentId, change);
  const cited = await readIn(
    [...latest.values()].map((change) => change.id),
    (chunk) =>
      db.statusChangeEvidence.findMany({
        where: { statusChangeId: { in: chunk } },
        select: { statusChangeId: true, evidenceId: true },
      }),
  );
  const evidence = await readIn(ids, (chunk) =>
    db.evidence.findMany({
      where: { commitmentId: { in: chunk }, removedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, commitmentId: true, title: true, url: true },
    }),
  );
  // Newest first per item; the first row of each item is its latest good capture.
  const captures = await readIn(
    evidence.map((item) => item.id),
    (chunk) =>
      db.evidenceCapture.findMany({
        where: { evidenceId: { in: chunk }, outcome: "CAPTURED" },
        orderBy: [{ evidenceId: "asc" }, { capturedAt: "desc" }, { id: "asc" }],
        select: { evidenceId: true, capturedAt: true, sha256: true },
      }),
  );
  const latestCapture = new Map<string, { capturedAt: Date; sha256: string | null }>();
  for (const capture of captures)
    if (!latestCapture.has(capture.evidenceId))
      latestCapture.set(capture.evidenceId, { capturedAt: capture.capturedAt, sha256: capture.sha256 });

  const translationsOf = groupBy(translations, (row) => row.commitmentId);
  const citedOf = groupBy(cited, (row) => row.statusChangeId);
  const evidenceOf = groupBy(evidence, (row) => row.commitmentId);
  const result = new Map<string, ShadowCommitment>();
  for (const commitment of commitments) {
    const change = latest.get(commitment.id);
    result.set(commitment.id, {
      ...commitment,
      translations: (translationsOf.get(commitment.id) ?? []).map(({ locale, title, summary }) => ({
        locale,
        title,
        summary,
      })),
      statusChanges: change
        ? [
            {
              justification: change.justification,
              evidence: (citedOf.get(change.id) ?? []).map(({ evidenceId }) => ({ evidenceId })),
            },
          ]
        : [],
      evidence: (evidenceOf.get(commitment.id) ?? []).map(({ id, title, url }) => {
        const capture = latestCapture.get(id);
        return { id, title, url, captures: capture ? [capture] : [] };
      }),
    });
  }
  return result;
}

/** The cycles a report covers: the one asked for, or every cycle of the mechanism. */
async function cyclesOf(mechanismCode: string, cycle: string | null): Promise<string[]> {
  if (cycle !== null) return [cycle];
  return (await readFacets()).cycles.filter((row) => row.mechanismCode === mechanismCode).map((row) => row.cycle);
}

type ShadowRow = ShadowSource & { id: string; commitments: { commitment: ShadowCommitment }[] };
type RecommendationRow = Awaited<ReturnType<typeof readRecommendationRows>>[number];

const readRecommendationRows = (where: { mechanismCode: string; cycle: string }, page: KeysetPage) =>
  db.recommendation.findMany({ where, orderBy: { id: "asc" }, select: RECOMMENDATION_SELECT, ...page });

/**
 * The commitments a report has read, kept across its batches and passes: one linked to several
 * recommendations is read once, and ids found to be drafts or archived are not asked for again.
 * It grows with the linked commitments, never with the rows.
 */
export type ShadowCommitmentCache = { known: Map<string, ShadowCommitment>; seen: Set<string> };

export const newShadowCommitmentCache = (): ShadowCommitmentCache => ({ known: new Map(), seen: new Set() });

/** A batch of recommendations with their themes and published linked commitments (see ShadowCommitmentCache). */
async function completeBatch(batch: RecommendationRow[], { known, seen }: ShadowCommitmentCache): Promise<ShadowRow[]> {
  const ids = batch.map((recommendation) => recommendation.id);
  const themes = await readIn(ids, (chunk) =>
    db.recommendationTheme.findMany({
      where: { recommendationId: { in: chunk } },
      orderBy: [{ recommendationId: "asc" }, { theme: "asc" }],
      select: { recommendationId: true, theme: true },
    }),
  );
  // Oldest link first (the order the report numbers them in); links to unpublished commitments
  // are dropped below, where `known` lacks them.
  const links = await readIn(ids, (chunk) =>
    db.commitmentRecommendation.findMany({
      where: { recommendationId: { in: chunk } },
      orderBy: [{ createdAt: "asc" }, { commitmentId: "asc" }],
      select: { recommendationId: true, commitmentId: true },
    }),
  );
  const unseen = [...new Set(links.map((link) => link.commitmentId))].filter((id) => !seen.has(id));
  for (const id of unseen) seen.add(id);
  for (const [id, commitment] of await readCommitments(unseen)) known.set(id, commitment);
  const themesOf = groupBy(themes, (row) => row.recommendationId);
  const linksOf = groupBy(links, (row) => row.recommendationId);
  return batch.map((recommendation) => ({
    ...recommendation,
    themes: (themesOf.get(recommendation.id) ?? []).map(({ theme }) => ({ theme })),
    commitments: (linksOf.get(recommendation.id) ?? []).flatMap((link) => {
      const commitment = known.get(link.commitmentId);
      return commitment ? [{ commitment }] : [];
    }),
  }));
}

/** The report's order: symbol, paragraph (numerically, "118.2" before "118.10"), recommending state. */
function compareReportOrder(
  a: { symbol: string; paragraph: string; recommendingState: string },
  b: { symbol: string; paragraph: string; recommendingState: string },
): number {
  return (
    a.symbol.localeCompare(b.symbol) ||
    paragraphOrder(a.paragraph) - paragraphOrder(b.paragraph) ||
    a.recommendingState.localeCompare(b.recommendingState)
  );
}

/**
 * Every recommendation of one mechanism and cycle, with what the shadow report says about its
 * published linked commitments, in report order (symbol, paragraph, state). `batchSize` is how many
 * recommendations each round of queries covers (tests make it small to cross batch boundaries).
 */
export async function readShadowRecommendations(mechanismCode: string, cycle: string | null, batchSize = BATCH) {
  // One cycle at a time, each read in id order along Recommendation(mechanismCode, cycle, id): every
  // batch is an index seek, so a report costs its own rows, whatever else the database holds.
  const cache = newShadowCommitmentCache();
  const rows: ShadowRow[] = [];
  for (const name of await cyclesOf(mechanismCode, cycle))
    for await (const batch of keysetBatches(
      (page) => readRecommendationRows({ mechanismCode, cycle: name }, page),
      batchSize,
    ))
      rows.push(...(await completeBatch(batch, cache)));
  return rows.sort(compareReportOrder);
}

/**
 * The ids of one mechanism and cycle's recommendations in report order, for an export of any size
 * (issue 24): only each row's sort key is held while they are sorted (~100 bytes a row), then the ids.
 */
export async function readShadowOrder(mechanismCode: string, cycle: string | null): Promise<string[]> {
  const keys: { id: string; symbol: string; paragraph: string; recommendingState: string }[] = [];
  for (const name of await cyclesOf(mechanismCode, cycle))
    for await (const batch of keysetBatches(
      (page) =>
        db.recommendation.findMany({
          where: { mechanismCode, cycle: name },
          orderBy: { id: "asc" },
          select: { id: true, symbol: true, paragraph: true, recommendingState: true },
          ...page,
        }),
      BATCH * 5,
    ))
      keys.push(...batch);
  return keys.sort(compareReportOrder).map((key) => key.id);
}

/**
 * The rows of `ids` in that order, `batchSize` at a time (at most IN_CHUNK): the texts and links
 * are read and let go batch by batch. Ids no longer found are skipped.
 */
export async function* streamShadowRowsById(
  ids: readonly string[],
  batchSize = IN_CHUNK,
  cache: ShadowCommitmentCache = newShadowCommitmentCache(),
): AsyncGenerator<ShadowRow[]> {
  const size = Math.max(1, Math.min(batchSize, IN_CHUNK));
  for (let start = 0; start < ids.length; start += size) {
    const chunk = ids.slice(start, start + size);
    const found = await db.recommendation.findMany({ where: { id: { in: chunk } }, select: RECOMMENDATION_SELECT });
    const byId = new Map(found.map((row) => [row.id, row]));
    yield await completeBatch(
      chunk.flatMap((id) => byId.get(id) ?? []),
      cache,
    );
  }
}

/**
 * The same rows as readShadowRecommendations, in the same order, in batches (the CSV): only the
 * ids are held for the whole report.
 */
export async function* streamShadowRecommendations(
  mechanismCode: string,
  cycle: string | null,
  batchSize = IN_CHUNK,
): AsyncGenerator<ShadowRow[]> {
  yield* streamShadowRowsById(await readShadowOrder(mechanismCode, cycle), batchSize);
}

/**
 * The first `limit` rows of the report in report order and how many it has (the page's preview):
 * only the sort keys of the rest are read, never their texts, themes or links.
 */
export async function readShadowPreview(
  mechanismCode: string,
  cycle: string | null,
  limit: number,
): Promise<{ rows: ShadowRow[]; count: number }> {
  const order = await readShadowOrder(mechanismCode, cycle);
  const rows: ShadowRow[] = [];
  for await (const batch of streamShadowRowsById(order.slice(0, limit))) rows.push(...batch);
  return { rows, count: order.length };
}

export type ShadowRecommendation = Awaited<ReturnType<typeof readShadowRecommendations>>[number];
