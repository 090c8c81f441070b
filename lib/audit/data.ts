import "server-only";
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
  return { events, total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** The distinct actions and actors, for the filter menus. */
export async function listAuditFilterOptions() {
  const [actions, actors] = await Promise.all([
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return { actions: actions.map((row) => row.action), actors };
}
