export type AuditFilters = { actorId?: string; action?: string; entityType?: string; entityId?: string; page?: number };

const ENTITY_TYPES = ["Commitment", "Evidence", "User", "Quote", "Source", "StatusChange", "Verification"];

const first = (value: string | string[] | undefined): string | undefined => {
  const single = Array.isArray(value) ? value[0] : value;
  const trimmed = single?.trim().slice(0, 100);
  return trimmed ? trimmed : undefined;
};

/** Reads the audit log filters from the query string. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const entityType = first(params.entityType);
  const page = Number(first(params.page) ?? "1");
  return {
    actorId: first(params.actorId),
    action: first(params.action),
    entityType: entityType && ENTITY_TYPES.includes(entityType) ? entityType : undefined,
    entityId: first(params.entityId),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export const AUDIT_ENTITY_TYPES = ENTITY_TYPES;

/** The query string for a filtered audit view on another page. */
export function auditQuery(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["actorId", "action", "entityType", "entityId"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
