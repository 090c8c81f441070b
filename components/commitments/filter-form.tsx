import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { CommitmentFilters } from "@/lib/commitments/filters";
import { ASSESSMENTS, CATEGORIES, OFFICIAL_CLAIMS } from "@/lib/vocabulary";
import type { Locale } from "@/i18n/locales";
import { bodyName, type BodyNames } from "@/lib/bodies/names";
import { instrumentName, type InstrumentNames } from "@/lib/instruments/names";

type Options = { instruments: InstrumentNames[]; bodies: BodyNames[] };

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-base";

/**
 * The filter form: a plain GET form, so filters live in the URL (shareable, back button works)
 * and it works without JavaScript.
 */
export async function FilterForm({ filters, options }: { filters: CommitmentFilters; options: Options }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const select = (
    name: string,
    label: string,
    selected: string | undefined,
    choices: { value: string; label: string }[],
  ) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={selected ?? ""} className={fieldClass}>
        <option value="">{t("filters.any")}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    // autoComplete off: browsers otherwise restore the last typed values on Back, and the form
    // must show the filters of the URL it is on.
    <form
      method="get"
      action={`/${locale}/commitments`}
      role="search"
      autoComplete="off"
      aria-labelledby="filter-heading"
      className="no-print rounded border border-slate-300 bg-slate-50 p-4"
    >
      <h2 id="filter-heading" className="text-lg font-semibold">
        {t("filters.heading")}
      </h2>
      <div className="mt-3">
        <label htmlFor="filter-q" className="block text-sm font-medium">
          {t("filters.search")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.query}
          maxLength={200}
          aria-describedby="filter-q-hint"
          className={fieldClass}
        />
        <p id="filter-q-hint" className="mt-1 text-sm text-slate-600">
          {t("filters.searchHint")}
        </p>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {select(
          "assessment",
          t("filters.assessment"),
          filters.assessment[0],
          ASSESSMENTS.map((key) => ({ value: key, label: t(`assessment.${key}`) })),
        )}
        {select(
          "claim",
          t("filters.claim"),
          filters.claim[0],
          OFFICIAL_CLAIMS.map((key) => ({ value: key, label: t(`officialClaim.${key}`) })),
        )}
        {select(
          "category",
          t("filters.category"),
          filters.category[0],
          CATEGORIES.map((key) => ({ value: key, label: t(`category.${key}`) })),
        )}
        {select(
          "instrument",
          t("filters.instrument"),
          filters.instrument[0],
          options.instruments.map((i) => ({
            value: i.code,
            label: `${i.code}: ${instrumentName(i, locale as Locale)}`,
          })),
        )}
        {select(
          "body",
          t("filters.body"),
          filters.body[0],
          options.bodies
            .map((body) => ({ value: body.key, label: bodyName(body, locale as Locale) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale)),
        )}
        <div>
          <label htmlFor="filter-sort" className="block text-sm font-medium">
            {t("filters.sort")}
          </label>
          <select id="filter-sort" name="sort" defaultValue={filters.sort} className={fieldClass}>
            <option value="updated">{t("filters.sortUpdated")}</option>
            <option value="title">{t("filters.sortTitle")}</option>
            <option value="target">{t("filters.sortTarget")}</option>
          </select>
        </div>
      </div>
      <div className="mt-3 flex items-center gap-2">
        <input
          id="filter-overdue"
          name="overdue"
          type="checkbox"
          value="1"
          defaultChecked={filters.isOverdue}
          className="h-5 w-5"
        />
        <label htmlFor="filter-overdue">{t("filters.overdueOnly")}</label>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {t("filters.apply")}
        </button>
        <Link href="/commitments" className="text-brand underline underline-offset-4">
          {t("browse.clearFilters")}
        </Link>
      </div>
    </form>
  );
}
