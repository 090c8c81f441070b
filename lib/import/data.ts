import "server-only";
import { db } from "@/lib/db/client";
import { parseCalendarDate } from "@/lib/dates";
import { todayInAlmaty } from "@/lib/forms/fields";
import type { StatusFieldKey } from "@/lib/vocabulary";
import { canonicalColumn, type ImportKind } from "./columns";
import { parseCsv } from "./parse";
import { planImport, type CurrentCommitment, type CurrentState, type ImportPlan } from "./plan";

/** What the database holds now for the slugs a file names, for planning an import. */
export async function readCurrentState(slugs: string[]): Promise<CurrentState> {
  const unique = [...new Set(slugs.filter(Boolean))];
  const [rows, instruments, latestChanges, bodies] = await Promise.all([
    db.commitment.findMany({
      where: { slug: { in: unique } },
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
    }),
    db.instrument.findMany({ select: { code: true } }),
    db.statusChange.groupBy({ by: ["commitmentId", "field"], where: { commitment: { slug: { in: unique } } }, _max: { effectiveOn: true } }),
    db.responsibleBody.findMany({ select: { key: true, nameEn: true, nameRu: true, nameKk: true } }),
  ]);
  // Names are looked up after the key, so a name that happens to equal another body's key never wins.
  const bodyKeys = new Map<string, string>();
  for (const body of bodies) for (const name of [body.nameEn, body.nameRu, body.nameKk]) bodyKeys.set(name.trim().toLowerCase(), body.key);
  for (const body of bodies) bodyKeys.set(body.key, body.key);
  const latestByKey = new Map(latestChanges.map((change) => [`${change.commitmentId} ${change.field}`, change._max.effectiveOn]));
  const latestOn = (commitmentId: string, field: StatusFieldKey) => latestByKey.get(`${commitmentId} ${field}`) ?? null;
  const commitments = new Map<string, CurrentCommitment>(
    rows.map((row) => [
      row.slug,
      {
        ...row,
        instruments: row.instruments.map((link) => link.instrumentCode),
        latestChangeOn: { ASSESSMENT: latestOn(row.id, "ASSESSMENT"), OFFICIAL_CLAIM: latestOn(row.id, "OFFICIAL_CLAIM") },
      },
    ]),
  );
  return { commitments, instrumentCodes: new Set(instruments.map((i) => i.code)), bodyKeys, today: parseCalendarDate(todayInAlmaty()) };
}

/** An import draft, if it exists (any editor may see a colleague's draft: they share the work). */
export async function getImportDraft(id: string) {
  return db.importDraft.findUnique({ where: { id }, include: { createdBy: { select: { name: true } } } });
}

/** Parses a stored file and plans it against the database as it is now. */
export async function planStoredImport(kind: ImportKind, content: string): Promise<ImportPlan | { parseError: string }> {
  const parsed = parseCsv(content);
  if (!parsed.isOk) return { parseError: parsed.message };
  const slugColumn = parsed.headers.find((header) => canonicalColumn(header) === "slug");
  const slugs = slugColumn ? parsed.rows.map((row) => (row.values[slugColumn.trim().toLowerCase()] ?? "").trim()) : [];
  return planImport(kind, parsed.headers, parsed.rows, await readCurrentState(slugs));
}
