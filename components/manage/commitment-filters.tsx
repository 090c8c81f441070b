import { getTranslations } from "next-intl/server";
import { FILTER_INPUT_CLASS, FilterActions, FilterSelect } from "@/components/manage/filter-fields";
import { ASSESSMENTS, CATEGORIES } from "@/lib/vocabulary";
import { WORKSPACE_FLAGS } from "@/lib/manage/flags";
import type { WorkspaceFilters } from "@/lib/manage/filters";

const STATES = ["published", "draft", "archived"] as const;
const STATE_LABELS = { published: "statePublished", draft: "stateDraft", archived: "stateArchived" } as const;

/** The workspace list's search and filters: a plain GET form, so every view has a shareable address. */
export async function CommitmentFilters({ filters }: { filters: WorkspaceFilters }) {
  const t = await getTranslations();
  const any = t("manage.list.any");
  return (
    <form
      method="get"
      action="/manage"
      role="search"
      className="mt-6 grid gap-3 rounded border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="lg:col-span-2">
        <label htmlFor="filter-q" className="block text-sm font-medium">
          {t("manage.list.search")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.query ?? ""}
          placeholder={t("manage.list.searchPlaceholder")}
          maxLength={200}
          className={FILTER_INPUT_CLASS}
        />
      </div>
      <FilterSelect
        id="filter-category"
        name="category"
        label={t("manage.list.theme")}
        defaultValue={filters.category}
        anyLabel={any}
        options={CATEGORIES.map((key) => ({ value: key, label: t(`category.${key}`) }))}
      />
      <FilterSelect
        id="filter-assessment"
        name="assessment"
        label={t("manage.list.assessment")}
        defaultValue={filters.assessment}
        anyLabel={any}
        options={ASSESSMENTS.map((key) => ({ value: key, label: t(`assessment.${key}`) }))}
      />
      <FilterSelect
        id="filter-state"
        name="state"
        label={t("manage.list.state")}
        defaultValue={filters.state}
        anyLabel={t("manage.list.stateAll")}
        anyValue="all"
        options={STATES.map((state) => ({ value: state, label: t(`manage.list.${STATE_LABELS[state]}`) }))}
      />
      <FilterSelect
        id="filter-flag"
        name="flag"
        label={t("manage.list.flag")}
        defaultValue={filters.flag}
        anyLabel={any}
        options={WORKSPACE_FLAGS.map((flag) => ({ value: flag, label: t(`manage.flag.${flag}`) }))}
      />
      <FilterActions
        className="lg:col-span-6"
        applyLabel={t("manage.list.apply")}
        resetHref="/manage"
        resetLabel={t("manage.list.reset")}
      />
    </form>
  );
}
