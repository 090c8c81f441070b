import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/locales";
import { getInstrument } from "@/lib/instruments/data";
import { instrumentName } from "@/lib/instruments/names";
import { getAssessmentSeries } from "@/lib/charts/data";
import { listPublishedCommitments } from "@/lib/commitments/data";
import { parseCommitmentFilters, MAX_PAGE_SIZE } from "@/lib/commitments/filters";
import { today } from "@/lib/calendar";
import { CommitmentGroup } from "@/components/commitments/commitment-group";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const instrument = await getInstrument(decodeURIComponent((await params).code));
  if (!instrument) return {};
  const [t, locale] = await Promise.all([getTranslations("instruments"), getLocale()]);
  const name = instrumentName(instrument, locale as Locale);
  return {
    title: t("title", { code: instrument.code }),
    description: t("intro", { name }),
    alternates: await localeAlternates(),
  };
}

export default async function InstrumentPage({ params }: Props) {
  const instrument = await getInstrument(decodeURIComponent((await params).code));
  if (!instrument) notFound();
  const day = today();
  const { filters } = parseCommitmentFilters({ instrument: instrument.code, sort: "target" });
  const [t, locale, result, series] = await Promise.all([
    getTranslations(),
    getLocale(),
    listPublishedCommitments(filters, { page: 1, pageSize: MAX_PAGE_SIZE }, day),
    getAssessmentSeries({ instruments: { some: { instrumentCode: instrument.code } } }, day),
  ]);
  const name = instrumentName(instrument, locale as Locale);
  return (
    <article>
      <nav aria-label={t("commitment.breadcrumb")} className="no-print text-sm">
        <Link href="/commitments" className="text-brand underline underline-offset-4">
          {t("instruments.breadcrumb")}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("instruments.title", { code: instrument.code })}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-800">{t("instruments.intro", { name })}</p>
      <p className="mt-1 text-slate-700" data-testid="group-summary">
        {t("instruments.summary", { count: result.total })}
      </p>
      <CommitmentGroup
        id={`instrument-${instrument.code}`}
        name={instrument.code}
        commitments={result.items}
        series={series}
        today={day}
        listQuery={`instrument=${encodeURIComponent(instrument.code)}`}
        csvLabel={t("instruments.csv")}
      />
    </article>
  );
}
