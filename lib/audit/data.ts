import "server-only";
import { TRANSLATABLE_SELECT } from "@/lib/commitments/data";
import type { AuditSubject } from "./subject";
import { db } from "@/lib/db/client";
import type { AuditFilters } from "./filters";

export const AUDIT_PAGE_SIZE = 50;

/** Audit events, newest first, filtered; one page at a time. */
export async function listAuditEvents(filters: AuditFilters) {
  const page = Math.max(1, Math.min(10_000, filters.page ?? 1));
  const where = {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true, email: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  const subjects = await readSubjects(events);
  return {
    events: events.map((event) => ({
      ...event,
      subject: subjects.get(`${event.entityType} ${event.entityId}`) ?? null,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

const ids = (events: readonly { entityType: string; entityId: string }[], type: string) => [
  ...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId)),
];

/** Reads the records a page of audit events names, with one query per kind of record. */
async function readSubjects(
  events: readonly { entityType: string; entityId: string }[],
): Promise<Map<string, AuditSubject>> {
  const [commitments, evidence, sources, users, drafts] = await Promise.all([
    db.commitment.findMany({
      where: { id: { in: ids(events, "Commitment") } },
      select: { id: true, ...TRANSLATABLE_SELECT },
    }),
    db.evidence.findMany({
      where: { id: { in: ids(events, "Evidence") } },
      select: { id: true, title: true, commitmentId: true, commitment: { select: TRANSLATABLE_SELECT } },
    }),
    db.source.findMany({ where: { id: { in: ids(events, "Source") } }, select: { id: true, title: true } }),
    db.user.findMany({ where: { id: { in: ids(events, "User") } }, select: { id: true, name: true, email: true } }),
    db.importDraft.findMany({
      where: { id: { in: ids(events, "ImportDraft") } },
      select: { id: true, fileName: true },
    }),
  ]);
  const subjects = new Map<string, AuditSubject>();
  for (const row of commitments)
    subjects.set(`Commitment ${row.id}`, { kind: "commitment", commitmentId: row.id, commitment: row });
  for (const row of evidence)
    subjects.set(`Evidence ${row.id}`, {
      kind: "evidence",
      title: row.title,
      commitmentId: row.commitmentId,
      commitment: row.commitment,
    });
  for (const row of sources) subjects.set(`Source ${row.id}`, { kind: "source", title: row.title });
  for (const row of users) subjects.set(`User ${row.id}`, { kind: "user", name: row.name, email: row.email });
  for (const row of drafts) subjects.set(`ImportDraft ${row.id}`, { kind: "import", fileName: row.fileName });
  return subjects;
}

/** The distinct actions and actors, for the filter menus. */
export async function listAuditFilterOptions() {
  const [actions, actors] = await Promise.all([
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return { actions: actions.map((row) => row.action), actors };
}
