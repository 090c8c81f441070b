import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
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
  const { filters, pagination, errors } = parseCommitmentFilters(await searchParams);
  const now = new Date();
  const [t, result, options] = await Promise.all([getTranslations("browse"), listPublishedCommitments(filters, pagination, now), listFilterOptions()]);
  const query = filtersToSearchParams(filters).toString();
  const suffix = query ? `?${query}` : "";

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      {errors.length > 0 ? (
        <p role="alert" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
          {t("invalidFilters", { details: errors.join("; ") })}
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
          <a href={`/export/commitments.csv${suffix}`} className="text-brand underline underline-offset-4" download>
            {t("downloadCsv")}
          </a>
          <a href={`/api/v1/commitments${suffix}`} className="text-brand underline underline-offset-4">
            {t("apiLink")}
          </a>
        </p>
      </div>
      {result.items.length === 0 ? (
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
          <CommitmentList commitments={result.items} now={now} />
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
