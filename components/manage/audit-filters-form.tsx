import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getAuditWords } from "@/components/manage/audit-words";
import { AUDIT_ENTITY_TYPES, type AuditFilters } from "@/lib/audit/filters";

const inputClass = "mt-1 w-full rounded border border-slate-400 px-2 py-1.5";

/** Filters for the audit log: who, what, which kind of record, which record. */
export async function AuditFiltersForm({
  filters,
  actions,
  actors,
}: {
  filters: AuditFilters;
  actions: readonly string[];
  actors: readonly { id: string; name: string; email: string }[];
}) {
  const [t, words] = await Promise.all([getTranslations("audit"), getAuditWords()]);
  return (
    <form
      method="get"
      action="/manage/audit"
      className="mt-6 grid gap-3 rounded border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div>
        <label htmlFor="audit-actor" className="block text-sm font-medium">
          {t("actor")}
        </label>
        <select id="audit-actor" name="actorId" defaultValue={filters.actorId ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name} ({actor.email})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-action" className="block text-sm font-medium">
          {t("action")}
        </label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {words.action(action)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-entity-type" className="block text-sm font-medium">
          {t("entity")}
        </label>
        <select id="audit-entity-type" name="entityType" defaultValue={filters.entityType ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {AUDIT_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {words.entityType(type)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-entity-id" className="block text-sm font-medium">
          {t("entityId")}
        </label>
        <input
          id="audit-entity-id"
          name="entityId"
          defaultValue={filters.entityId ?? ""}
          maxLength={100}
          className={inputClass}
        />
      </div>
      <div className="flex items-end gap-3 lg:col-span-4">
        <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 font-medium text-white">
          {t("filter")}
        </button>
        <Link href="/manage/audit" className="underline underline-offset-4">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
