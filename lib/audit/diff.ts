export type AuditChange = { key: string; before: string; after: string };

function parse(snapshot: string | null): Record<string, unknown> {
  if (!snapshot) return {};
  try {
    const value: unknown = JSON.parse(snapshot);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: snapshot };
  }
}

function display(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "—";
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value;
  return JSON.stringify(value);
}

/** The fields an audit event changed, each as before → after text (unchanged fields left out). */
export function auditChanges(before: string | null, after: string | null): AuditChange[] {
  const old = parse(before);
  const next = parse(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((key) => key !== "updatedAt");
  return keys
    .map((key) => ({ key, before: display(old[key]), after: display(next[key]) }))
    .filter((change) => change.before !== change.after);
}
