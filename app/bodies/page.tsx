import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/locales";
import { listPublicBodies } from "@/lib/bodies/data";
import { bodyName } from "@/lib/bodies/names";
import { toCounts } from "@/lib/charts/series";
import { today } from "@/lib/calendar";
import { StackedBars } from "@/components/charts/stacked-bars";
import { ScrollHint } from "@/components/layout/scroll-hint";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bodies");
  return { title: t("title"), description: t("intro"), alternates: await localeAlternates() };
}

export default async function BodiesPage() {
  const [t, locale, bodies] = await Promise.all([getTranslations(), getLocale(), listPublicBodies(today())]);
  const rows = bodies
    .map((body) => ({ ...body, name: bodyName(body, locale as Locale) }))
    .sort((a, b) => b.tally.total - a.tally.total || a.name.localeCompare(b.name, locale));
  const cell = "border border-slate-300 p-2";
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("bodies.title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("bodies.intro")}</p>
      {rows.length === 0 ? (
        <p className="mt-6">{t("bodies.empty")}</p>
      ) : (
        <>
          <div className="mt-6">
            <ScrollHint />
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("bodies.tableCaption")}>
              <table className="min-w-full border-collapse text-sm" data-testid="bodies-table">
                <caption className="sr-only">{t("bodies.tableCaption")}</caption>
                <thead>
                  <tr className="bg-slate-100 text-left">
                    <th scope="col" className={cell}>
                      {t("bodies.columnBody")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("bodies.columnTotal")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("bodies.columnAssessed")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("bodies.columnImplemented")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("bodies.columnOverdue")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((body) => (
                    <tr key={body.key} data-key={body.key}>
                      <th scope="row" className={`${cell} text-left font-medium`}>
                        <Link href={`/bodies/${body.key}`} className="text-brand underline underline-offset-4">
                          {body.name}
                        </Link>
                      </th>
                      <td className={`${cell} text-right tabular-nums`}>{body.tally.total}</td>
                      <td className={`${cell} text-right tabular-nums`}>
                        {body.tally.total - (body.tally.byAssessment.NOT_ASSESSED ?? 0)}
                      </td>
                      <td className={`${cell} text-right tabular-nums`}>{body.tally.byAssessment.IMPLEMENTED ?? 0}</td>
                      <td className={`${cell} text-right tabular-nums`}>{body.tally.overdue}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <section aria-labelledby="bodies-chart-heading" className="mt-10">
            <h2 id="bodies-chart-heading" className="text-2xl font-semibold">
              {t("charts.byBodyHeading")}
            </h2>
            <div className="mt-4 max-w-4xl">
              <StackedBars
                id="bodies"
                caption={t("charts.byBodyCaption")}
                labelHeader={t("charts.bodyHeader")}
                rows={rows.map((body) => ({
                  key: body.key,
                  label: body.name,
                  href: `/bodies/${body.key}`,
                  counts: toCounts(body.tally.byAssessment),
                }))}
              />
            </div>
          </section>
        </>
      )}
    </>
  );
}
