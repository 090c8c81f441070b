import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { dataHref } from "@/i18n/data-links";
import type { Locale } from "@/i18n/locales";
import { localeAlternates } from "@/i18n/alternates";
import { today } from "@/lib/calendar";
import { listFilterOptions, listPublishedCommitments } from "@/lib/commitments/data";
import { filtersToSearchParams, hasActiveFilters, parseCommitmentFilters } from "@/lib/commitments/filters";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { FilterForm } from "@/components/commitments/filter-form";
import { Pagination } from "@/components/commitments/pagination";
import { CollapsibleFilters } from "@/components/layout/collapsible-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("browse");
  return { title: t("title"), description: t("intro"), alternates: await localeAlternates() };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommitmentsPage({ searchParams }: Props) {
  const { filters, pagination, ignored } = parseCommitmentFilters(await searchParams);
  const onDay = today();
  const [t, tf, result, options, locale] = await Promise.all([
    getTranslations("browse"),
    getTranslations("filters"),
    listPublishedCommitments(filters, pagination, onDay),
    listFilterOptions(),
    getLocale(),
  ]);
  // Each ignored parameter named in the reader's words, with (the start of) the values left out.
  const ignoredDetails = ignored.map(({ param, values }) =>
    tf("ignoredValue", { name: tf(`param.${param}`), values: values.map((value) => value.slice(0, 40)).join(", ") }),
  );
  const query = filtersToSearchParams(filters).toString();
  const suffix = query ? `?${query}` : "";

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      {ignoredDetails.length > 0 ? (
        <p role="alert" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
          {t("invalidFilters", { details: ignoredDetails.join("; ") })}
        </p>
      ) : null}
      <div className="mt-6">
        <CollapsibleFilters isActive={hasActiveFilters(filters)}>
          <FilterForm filters={filters} options={options} />
        </CollapsibleFilters>
      </div>
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3">
        <p className="font-medium" role="status" data-testid="result-count">
          {t("resultCount", { count: result.total })}
          {result.pageCount > 1 ? ` · ${t("pageStatus", { page: result.page, pageCount: result.pageCount })}` : null}
        </p>
        <p className="no-print flex flex-wrap gap-4 text-sm">
          <a
            href={dataHref(`/export/commitments.csv${suffix}`, locale as Locale)}
            className="text-brand underline underline-offset-4"
            download
          >
            {t("downloadCsv")}
          </a>
          <a
            href={dataHref(`/api/v1/commitments${suffix}`, locale as Locale)}
            className="text-brand underline underline-offset-4"
          >
            {t("apiLink")}
          </a>
        </p>
      </div>
      {result.items.length === 0 && result.total > 0 ? (
        // A page number past the last page (an old link, a typed address): say so and offer the last page.
        <div className="mt-4 rounded border border-amber-600 bg-amber-50 p-6" data-testid="past-last-page">
          <p className="font-medium">{t("pastLastPage", { page: result.page, pageCount: result.pageCount })}</p>
          <p className="mt-2">
            <Link
              href={`/commitments?${filtersToSearchParams(filters, result.pageCount > 1 ? { page: result.pageCount } : {}).toString()}`}
              className="text-brand underline underline-offset-4"
            >
              {t("goToLastPage", { pageCount: result.pageCount })}
            </Link>
          </p>
        </div>
      ) : result.items.length === 0 ? (
        <div className="mt-4 rounded border border-slate-300 bg-slate-50 p-6">
          <p className="font-medium">{t("empty")}</p>
          {hasActiveFilters(filters) ? (
            <p className="mt-2">
              <Link href="/commitments" className="text-brand underline underline-offset-4">
                {t("clearFilters")}
              </Link>
            </p>
          ) : null}
        </div>
      ) : (
        <div className="mt-4">
          <CommitmentList commitments={result.items} onDay={onDay} />
        </div>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => `/commitments?${filtersToSearchParams(filters, page > 1 ? { page } : {}).toString()}`}
      />
    </>
  );
}
