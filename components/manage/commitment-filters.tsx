import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ASSESSMENTS, CATEGORIES } from "@/lib/vocabulary";
import { WORKSPACE_FLAGS } from "@/lib/manage/flags";
import type { WorkspaceFilters } from "@/lib/manage/filters";

const selectClass = "mt-1 w-full rounded border border-slate-400 px-2 py-1.5";

/** The workspace list's search and filters: a plain GET form, so every view has a shareable address. */
export async function CommitmentFilters({ filters }: { filters: WorkspaceFilters }) {
  const t = await getTranslations();
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
          className={selectClass}
        />
      </div>
      <div>
        <label htmlFor="filter-category" className="block text-sm font-medium">
          {t("manage.list.theme")}
        </label>
        <select id="filter-category" name="category" defaultValue={filters.category ?? ""} className={selectClass}>
          <option value="">{t("manage.list.any")}</option>
          {CATEGORIES.map((key) => (
            <option key={key} value={key}>
              {t(`category.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-assessment" className="block text-sm font-medium">
          {t("manage.list.assessment")}
        </label>
        <select
          id="filter-assessment"
          name="assessment"
          defaultValue={filters.assessment ?? ""}
          className={selectClass}
        >
          <option value="">{t("manage.list.any")}</option>
          {ASSESSMENTS.map((key) => (
            <option key={key} value={key}>
              {t(`assessment.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-state" className="block text-sm font-medium">
          {t("manage.list.state")}
        </label>
        <select id="filter-state" name="state" defaultValue={filters.state ?? "all"} className={selectClass}>
          <option value="all">{t("manage.list.stateAll")}</option>
          <option value="published">{t("manage.list.statePublished")}</option>
          <option value="draft">{t("manage.list.stateDraft")}</option>
          <option value="archived">{t("manage.list.stateArchived")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-flag" className="block text-sm font-medium">
          {t("manage.list.flag")}
        </label>
        <select id="filter-flag" name="flag" defaultValue={filters.flag ?? ""} className={selectClass}>
          <option value="">{t("manage.list.any")}</option>
          {WORKSPACE_FLAGS.map((flag) => (
            <option key={flag} value={flag}>
              {t(`manage.flag.${flag}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3 lg:col-span-6">
        <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 font-medium text-white">
          {t("manage.list.apply")}
        </button>
        <Link href="/manage" className="underline underline-offset-4">
          {t("manage.list.reset")}
        </Link>
      </div>
    </form>
  );
}
