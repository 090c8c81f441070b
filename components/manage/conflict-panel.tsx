"use client";
import { useTranslations } from "next-intl";

export type ConflictField = { key: string; label: string; format?: (value: unknown) => string };

function show(value: unknown, format?: (value: unknown) => string): string {
  if (format) return format(value);
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.join(", ") || "—";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return value.slice(0, 10);
  return String(value);
}

/**
 * Shown when someone else saved first: what changed between the version the person opened and the
 * current one. Their own input stays in the form below it.
 */
export function ConflictPanel({
  fields,
  opened,
  current,
}: {
  fields: readonly ConflictField[];
  opened: Record<string, unknown>;
  current: Record<string, unknown>;
}) {
  const t = useTranslations("manage.conflict");
  const changed = fields.filter(
    (field) => show(opened[field.key], field.format) !== show(current[field.key], field.format),
  );
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="rounded border-2 border-amber-600 bg-amber-50 p-4 text-amber-950"
      data-testid="conflict"
    >
      <h3 id="conflict-title" className="text-lg font-semibold">
        {t("title")}
      </h3>
      <p className="mt-1">{t("body")}</p>
      {changed.length === 0 ? (
        <p className="mt-2">{t("noVisibleChange")}</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="pr-3">
                {t("field")}
              </th>
              <th scope="col" className="pr-3">
                {t("yours")}
              </th>
              <th scope="col">{t("now")}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((field) => (
              <tr key={field.key} className="align-top">
                <th scope="row" className="pr-3 font-medium">
                  {field.label}
                </th>
                <td className="pr-3">
                  <del>{show(opened[field.key], field.format)}</del>
                </td>
                <td>
                  <ins className="no-underline">{show(current[field.key], field.format)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
