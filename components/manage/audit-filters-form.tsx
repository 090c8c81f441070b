import { getTranslations } from "next-intl/server";
import { getAuditWords } from "@/components/manage/audit-words";
import { FILTER_INPUT_CLASS, FilterActions, FilterSelect } from "@/components/manage/filter-fields";
import { AUDIT_ENTITY_TYPES, type AuditFilters } from "@/lib/audit/filters";

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
      <FilterSelect
        id="audit-actor"
        name="actorId"
        label={t("actor")}
        defaultValue={filters.actorId}
        anyLabel={t("any")}
        options={actors.map((actor) => ({ value: actor.id, label: `${actor.name} (${actor.email})` }))}
      />
      <FilterSelect
        id="audit-action"
        name="action"
        label={t("action")}
        defaultValue={filters.action}
        anyLabel={t("any")}
        options={actions.map((action) => ({ value: action, label: words.action(action) }))}
      />
      <FilterSelect
        id="audit-entity-type"
        name="entityType"
        label={t("entity")}
        defaultValue={filters.entityType}
        anyLabel={t("any")}
        options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: words.entityType(type) }))}
      />
      <div>
        <label htmlFor="audit-entity-id" className="block text-sm font-medium">
          {t("entityId")}
        </label>
        <input
          id="audit-entity-id"
          name="entityId"
          defaultValue={filters.entityId ?? ""}
          maxLength={100}
          className={FILTER_INPUT_CLASS}
        />
      </div>
      <FilterActions
        className="lg:col-span-4"
        applyLabel={t("filter")}
        resetHref="/manage/audit"
        resetLabel={t("reset")}
      />
    </form>
  );
}
