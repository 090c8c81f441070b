import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { listAuditEvents, listAuditFilterOptions } from "@/lib/audit/data";
import { parseAuditFilters } from "@/lib/audit/filters";
import { AuditTable } from "@/components/manage/audit-table";
import { AuditFiltersForm } from "@/components/manage/audit-filters-form";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission("audit:read", "/manage/audit");
  const filters = parseAuditFilters(await searchParams);
  const [t, result, options] = await Promise.all([
    getTranslations("audit"),
    listAuditEvents(filters),
    listAuditFilterOptions(),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <AuditFiltersForm filters={filters} actions={options.actions} actors={options.actors} />
      <p className="mt-4 font-medium" data-testid="audit-count">
        {t("count", { count: result.total })}
      </p>
      <AuditTable events={result.events} page={result.page} pageCount={result.pageCount} filters={filters} />
    </>
  );
}
