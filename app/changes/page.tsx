import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/locales";
import { listPublicChanges } from "@/lib/changes/data";
import { changeFiltersQuery, parseChangeFilters } from "@/lib/changes/filters";
import { listFilterOptions } from "@/lib/commitments/data";
import { bodyName } from "@/lib/bodies/names";
import { CATEGORIES } from "@/lib/vocabulary";
import { ChangeList } from "@/components/changes/change-list";
import { Pagination } from "@/components/commitments/pagination";
import { CollapsibleFilters } from "@/components/layout/collapsible-filters";
import { ReasonField } from "@/components/reports/reason-field";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("changes");
  return {
    title: t("title"),
    description: t("intro"),
    alternates: await localeAlternates({ types: { "application/atom+xml": "/feed.xml" } }),
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-base";

export default async function ChangesPage({ searchParams }: Props) {
  const { filters, invalid } = parseChangeFilters(await searchParams);
  const [t, locale, result, options] = await Promise.all([
    getTranslations(),
    getLocale(),
    listPublicChanges(filters),
    listFilterOptions(),
  ]);
  const isFiltered = Boolean(
    filters.category || filters.body || filters.reasons.length > 0 || filters.from || filters.to,
  );
  const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : "");
  const invalidLabel = (name: string) =>
    ({
      category: t("changes.theme"),
      body: t("changes.body"),
      reason: t("integrity.reason"),
      from: t("changes.from"),
      to: t("changes.to"),
    })[name] ?? t("pagination.label");
  const isPastEnd = result.total > 0 && filters.page > result.pageCount;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("changes.title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("changes.intro")}</p>
      {invalid.length > 0 ? (
        <p role="alert" className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
          {t("changes.invalid", { names: invalid.map((name) => invalidLabel(name)).join(", ") })}
        </p>
      ) : null}
      <div className="mt-6">
        <CollapsibleFilters isActive={isFiltered}>
          <form
            method="get"
            action={`/${locale}/changes`}
            role="search"
            autoComplete="off"
            aria-labelledby="changes-filter-heading"
            className="rounded border border-slate-300 bg-slate-50 p-4"
          >
            <h2 id="changes-filter-heading" className="text-lg font-semibold">
              {t("changes.filtersHeading")}
            </h2>
            <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <div>
                <label htmlFor="changes-category" className="block text-sm font-medium">
                  {t("changes.theme")}
                </label>
                <select
                  id="changes-category"
                  name="category"
                  defaultValue={filters.category ?? ""}
                  className={fieldClass}
                >
                  <option value="">{t("changes.any")}</option>
                  {CATEGORIES.map((key) => (
                    <option key={key} value={key}>
                      {t(`category.${key}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="changes-body" className="block text-sm font-medium">
                  {t("changes.body")}
                </label>
                <select id="changes-body" name="body" defaultValue={filters.body ?? ""} className={fieldClass}>
                  <option value="">{t("changes.any")}</option>
                  {options.bodies
                    .map((body) => ({ key: body.key, label: bodyName(body, locale as Locale) }))
                    .sort((a, b) => a.label.localeCompare(b.label, locale))
                    .map((body) => (
                      <option key={body.key} value={body.key}>
                        {body.label}
                      </option>
                    ))}
                </select>
              </div>
              <div>
                <label htmlFor="changes-from" className="block text-sm font-medium">
                  {t("changes.from")}
                </label>
                <input
                  id="changes-from"
                  name="from"
                  type="date"
                  defaultValue={day(filters.from)}
                  className={fieldClass}
                />
              </div>
              <div>
                <label htmlFor="changes-to" className="block text-sm font-medium">
                  {t("changes.to")}
                </label>
                <input id="changes-to" name="to" type="date" defaultValue={day(filters.to)} className={fieldClass} />
              </div>
              <ReasonField selected={filters.reasons} className="sm:col-span-2 lg:col-span-4" />
            </div>
            <div className="mt-4 flex flex-wrap items-center gap-4">
              <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
                {t("changes.apply")}
              </button>
              <Link href="/changes" className="text-brand underline underline-offset-4">
                {t("changes.clear")}
              </Link>
            </div>
          </form>
        </CollapsibleFilters>
      </div>
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3">
        <p className="font-medium" role="status" data-testid="change-count">
          {t("changes.count", { count: result.total })}
          {result.pageCount > 1 && !isPastEnd
            ? ` · ${t("changes.pageStatus", { page: filters.page, pageCount: result.pageCount })}`
            : null}
        </p>
        <p className="no-print flex flex-wrap gap-4 text-sm">
          <a
            href={`/feed.xml?lang=${locale}`}
            className="text-brand underline underline-offset-4"
            data-testid="changes-feed-link"
          >
            {t("changes.feed")}
          </a>
          {isFiltered ? (
            <a
              href={`/changes.csv?${changeFiltersQuery(filters)}&lang=${locale}`}
              className="text-brand underline underline-offset-4"
              data-testid="changes-csv-link"
              download
            >
              {t("reader.filteredChangesCsv")}
            </a>
          ) : (
            <a
              href={`/export/history.csv?lang=${locale}`}
              className="text-brand underline underline-offset-4"
              data-testid="changes-csv-link"
              download
            >
              {t("changes.csv")}
            </a>
          )}
        </p>
      </div>
      {isPastEnd ? (
        <p className="mt-4 rounded border border-slate-300 bg-slate-50 p-4">
          {t("changes.pastLastPage", { page: filters.page, pageCount: result.pageCount })}{" "}
          <Link
            href={`/changes?${changeFiltersQuery(filters, result.pageCount)}`}
            className="text-brand underline underline-offset-4"
          >
            {t("changes.lastPageLink")}
          </Link>
        </p>
      ) : result.items.length === 0 ? (
        <p className="mt-4 rounded border border-slate-300 bg-slate-50 p-6 font-medium">{t("changes.empty")}</p>
      ) : (
        <div className="mt-4">
          <ChangeList changes={result.items} />
        </div>
      )}
      <Pagination
        page={Math.min(filters.page, result.pageCount)}
        pageCount={result.pageCount}
        hrefFor={(page) => `/changes?${changeFiltersQuery(filters, page)}`}
      />
    </>
  );
}
