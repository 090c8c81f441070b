import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { today } from "@/lib/calendar";
import { getReviewSettings } from "@/lib/review/data";
import type { StatusFieldKey } from "@/lib/vocabulary";
import { canonicalColumn, type ImportKind } from "./columns";
import { parseCsv, readParsedFile, type ParsedFile } from "./parse";
import { planImportStepwise, type CurrentCommitment, type CurrentState, type ImportPlan } from "./plan";

const SLUG_BATCH = 100;

function readCommitmentsBySlug(slugs: string[]) {
  return db.commitment.findMany({
    where: { slug: { in: slugs } },
    select: {
      id: true,
      slug: true,
      version: true,
      title: true,
      summary: true,
      category: true,
      responsibleBody: true,
      firstStatedOn: true,
      targetDate: true,
      officialClaim: true,
      assessment: true,
      instruments: { select: { instrumentCode: true } },
      evidence: { where: { removedAt: null }, select: { id: true, url: true } },
    },
  });
}

/** What the database holds now for the slugs a file names, for planning an import. */
export async function readCurrentState(slugs: string[]): Promise<CurrentState> {
  // Looking up thousands of slugs at once costs Prisma seconds of uninterrupted CPU, so the file's
  // slugs are matched against the list of existing ones first, and only the matches are read, a
  // batch at a time with a turn of the event loop between batches.
  const wanted = new Set(slugs.filter(Boolean));
  const existing = (await db.commitment.findMany({ select: { slug: true } }))
    .map((row) => row.slug)
    .filter((slug) => wanted.has(slug));
  const rows: Awaited<ReturnType<typeof readCommitmentsBySlug>> = [];
  const latestChanges: { commitmentId: string; field: string; _max: { effectiveOn: Date | null } }[] = [];
  for (let start = 0; start < existing.length; start += SLUG_BATCH) {
    const batch = existing.slice(start, start + SLUG_BATCH);
    const [found, changes] = await Promise.all([
      readCommitmentsBySlug(batch),
      db.statusChange.groupBy({
        by: ["commitmentId", "field"],
        where: { commitment: { slug: { in: batch } } },
        _max: { effectiveOn: true },
      }),
    ]);
    rows.push(...found);
    latestChanges.push(...changes);
    await nextTurn();
  }
  const [instruments, bodies, review] = await Promise.all([
    db.instrument.findMany({ select: { code: true } }),
    db.responsibleBody.findMany({ select: { key: true, nameEn: true, nameRu: true, nameKk: true } }),
    getReviewSettings(db),
  ]);
  // Names are looked up after the key, so a name that happens to equal another body's key never wins.
  const bodyKeys = new Map<string, string>();
  for (const body of bodies)
    for (const name of [body.nameEn, body.nameRu, body.nameKk]) bodyKeys.set(name.trim().toLowerCase(), body.key);
  for (const body of bodies) bodyKeys.set(body.key, body.key);
  const latestByKey = new Map(
    latestChanges.map((change) => [`${change.commitmentId} ${change.field}`, change._max.effectiveOn]),
  );
  const latestOn = (commitmentId: string, field: StatusFieldKey) => latestByKey.get(`${commitmentId} ${field}`) ?? null;
  const commitments = new Map<string, CurrentCommitment>(
    rows.map((row) => [
      row.slug,
      {
        ...row,
        instruments: row.instruments.map((link) => link.instrumentCode),
        latestChangeOn: {
          ASSESSMENT: latestOn(row.id, "ASSESSMENT"),
          OFFICIAL_CLAIM: latestOn(row.id, "OFFICIAL_CLAIM"),
        },
      },
    ]),
  );
  return { commitments, instrumentCodes: new Set(instruments.map((i) => i.code)), bodyKeys, today: today(), review };
}

/** An import draft, if it exists (any editor may see a colleague's draft: they share the work). */
export async function getImportDraft(id: string) {
  return db.importDraft.findUnique({ where: { id }, include: { createdBy: { select: { name: true } } } });
}

/** Parses a file's text and plans it against the database as it is now. */
export async function planStoredImport(
  kind: ImportKind,
  content: string,
): Promise<ImportPlan | { parseError: string }> {
  const parsed = await parseCsv(content);
  if (!parsed.isOk) return { parseError: parsed.message };
  return planParsedImport(kind, parsed);
}

/**
 * Plans a stored draft from the rows parsed when it was uploaded (kept in `parsed`), so viewing
 * and confirming a preview never parse the file again; drafts stored before that column existed
 * are parsed from their text.
 */
export async function planDraftImport(draft: {
  kind: string;
  content: string;
  parsed: string | null;
}): Promise<ImportPlan | { parseError: string }> {
  const kind: ImportKind = draft.kind === "statuses" ? "statuses" : "commitments";
  const stored = draft.parsed ? await readParsedFile(draft.parsed) : null;
  return stored ? planParsedImport(kind, stored) : planStoredImport(kind, draft.content);
}

/** Plans parsed rows of a commitments or statuses file (the command line reads files itself). */
export async function planParsedFile(kind: ImportKind, parsed: ParsedFile): Promise<ImportPlan> {
  return planParsedImport(kind, parsed);
}

async function planParsedImport(kind: ImportKind, parsed: ParsedFile): Promise<ImportPlan> {
  const slugColumn = parsed.headers.find((header) => canonicalColumn(header) === "slug");
  const slugs = slugColumn ? parsed.rows.map((row) => (row.values[slugColumn.trim().toLowerCase()] ?? "").trim()) : [];
  const { plan, steps } = planImportStepwise(kind, parsed.headers, parsed.rows, await readCurrentState(slugs));
  let planned = 0;
  for (const _row of steps) {
    // 10,000 rows are planned in slices, letting other requests in between.
    planned += 1;
    if (planned % 200 === 0) await nextTurn();
  }
  return plan;
}

const appliedSchema = z.array(
  z.object({
    id: z.string(),
    actions: z.array(z.enum(["create", "update", "status", "proposal"])),
    proposals: z.number().int().nonnegative().optional(),
  }),
);
const APPLIED_SHOWN = 200;

/**
 * The records an applied import wrote, in file order, with their current slug and title (the first
 * 200; `count` says how many there were; `proposals`, how many proposals it made for review).
 * Drafts applied before this was kept have none.
 */
export async function readAppliedRecords(applied: string | null) {
  if (!applied) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(applied);
  } catch {
    return null;
  }
  const parsed = appliedSchema.safeParse(stored);
  if (!parsed.success) return null;
  const shown = parsed.data.slice(0, APPLIED_SHOWN);
  const rows = await db.commitment.findMany({
    where: { id: { in: shown.map((record) => record.id) } },
    select: { id: true, slug: true, title: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const records = shown.flatMap((record) => {
    const row = byId.get(record.id);
    return row ? [{ ...row, actions: record.actions, proposals: record.proposals ?? 0 }] : [];
  });
  return {
    records,
    count: parsed.data.length,
    proposals: parsed.data.reduce((sum, record) => sum + (record.proposals ?? 0), 0),
  };
}
