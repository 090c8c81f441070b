import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/locales";
import { getBody } from "@/lib/bodies/data";
import { bodyName } from "@/lib/bodies/names";
import { getAssessmentSeries } from "@/lib/charts/data";
import { listPublishedCommitments } from "@/lib/commitments/data";
import { parseCommitmentFilters, MAX_PAGE_SIZE } from "@/lib/commitments/filters";
import { today } from "@/lib/calendar";
import { CommitmentGroup } from "@/components/commitments/commitment-group";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const body = await getBody((await params).key);
  if (!body) return {};
  const [t, locale] = await Promise.all([getTranslations("bodies"), getLocale()]);
  return { title: bodyName(body, locale as Locale), description: t("intro"), alternates: await localeAlternates() };
}

export default async function BodyPage({ params }: Props) {
  const body = await getBody((await params).key);
  if (!body) notFound();
  const day = today();
  const { filters } = parseCommitmentFilters({ body: body.key, sort: "target" });
  const [t, locale, result, series] = await Promise.all([
    getTranslations(),
    getLocale(),
    listPublishedCommitments(filters, { page: 1, pageSize: MAX_PAGE_SIZE }, day),
    getAssessmentSeries({ responsibleBody: body.key }, day),
  ]);
  const name = bodyName(body, locale as Locale);
  return (
    <article>
      <nav aria-label={t("commitment.breadcrumb")} className="no-print text-sm">
        <Link href="/bodies" className="text-brand underline underline-offset-4">
          {t("bodies.breadcrumb")}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{name}</h1>
      <p className="mt-2 text-lg text-slate-700" data-testid="group-summary">
        {t("bodies.summary", { count: result.total })}
      </p>
      <CommitmentGroup
        id={`body-${body.key}`}
        name={name}
        commitments={result.items}
        series={series}
        today={day}
        listQuery={`body=${encodeURIComponent(body.key)}`}
        csvLabel={t("bodies.csv")}
      />
    </article>
  );
}
