import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { getOverview } from "@/lib/commitments/data";
import { listPublicBodies } from "@/lib/bodies/data";
import { bodyName } from "@/lib/bodies/names";
import { getAssessmentSeries, getThemeTallies } from "@/lib/charts/data";
import { gapFigures, toCounts, totalOf } from "@/lib/charts/series";
import { today } from "@/lib/calendar";
import { OFFICIAL_CLAIMS, type CategoryKey } from "@/lib/vocabulary";
import { AssessmentMeter } from "@/components/overview/assessment-meter";
import { ClaimGapMatrix } from "@/components/overview/claim-gap-matrix";
import { LatestChanges } from "@/components/overview/latest-changes";
import { ClaimBadge } from "@/components/commitments/status-badges";
import { GapChart } from "@/components/charts/gap-chart";
import { ProgressChart } from "@/components/charts/progress-chart";
import { StackedBars } from "@/components/charts/stacked-bars";

// Always read the database: an editor's change must show on the next request.
export const dynamic = "force-dynamic";

const sectionClass = "mt-12";
const headingClass = "text-2xl font-semibold";
const BODIES_ON_OVERVIEW = 8;

export default async function OverviewPage() {
  const day = today();
  const [t, locale, overview, series, themes, bodies] = await Promise.all([
    getTranslations(),
    getLocale(),
    getOverview(),
    getAssessmentSeries({}, day),
    getThemeTallies(),
    listPublicBodies(day),
  ]);
  const assessed = overview.total - (overview.byAssessment.NOT_ASSESSED ?? 0);
  // The honest early state: while most commitments await an assessment, lead with what is known.
  const isEarly = assessed * 2 < overview.total;
  const gap = gapFigures(overview.byClaimAndAssessment);
  const claimCounts = OFFICIAL_CLAIMS.map((claim) => ({
    claim,
    count: overview.byClaimAndAssessment
      .filter((cell) => cell.claim === claim)
      .reduce((sum, cell) => sum + cell.count, 0),
  }));
  const recentAssessments = overview.latestChanges.filter((change) => change.field === "ASSESSMENT").slice(0, 3);
  const topBodies = [...bodies]
    .sort((a, b) => b.tally.total - a.tally.total || a.key.localeCompare(b.key))
    .slice(0, BODIES_ON_OVERVIEW);
  const card = "rounded border-2 border-slate-300 bg-white p-3 sm:p-4";

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("overview.title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700" data-testid="overview-intro">
        {t("overview.intro", { count: overview.total })}
      </p>

      <section aria-labelledby="assessment-heading" className="mt-6" data-testid="kept-or-broken">
        <h2 id="assessment-heading" className={headingClass}>
          {t("reader.tallyHeading")}
        </h2>
        <div className="mt-3">
          <AssessmentMeter counts={overview.byAssessment} />
        </div>
      </section>

      <ul className="mt-6 grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="overview-tally">
        <li className={card}>
          <Link href="/method#NOT_ASSESSED" className="block no-underline hover:underline">
            <span className="block text-2xl font-bold tabular-nums sm:text-4xl" data-testid="tally-assessed">
              {t("home.assessedValue", { assessed, total: overview.total })}
            </span>
            <span className="mt-1 block text-slate-700">{t("home.assessedLabel")}</span>
          </Link>
        </li>
        <li className={card}>
          <Link href="/commitments?claim=ADOPTED" className="block no-underline hover:underline">
            <span className="block text-2xl font-bold tabular-nums sm:text-4xl" data-testid="tally-adopted">
              {gap.claimedAdopted}
            </span>
            <span className="mt-1 block text-slate-700">{t("home.adoptedLabel")}</span>
          </Link>
        </li>
        <li className={card}>
          <Link href="/commitments?overdue=1" className="block no-underline hover:underline" data-testid="overdue-link">
            <span className="block text-2xl font-bold tabular-nums sm:text-4xl text-red-800">{overview.overdue}</span>
            <span className="mt-1 block text-slate-700">{t("home.overdueLabel")}</span>
          </Link>
        </li>
        <li className={card}>
          <Link href="/changes" className="block no-underline hover:underline">
            <span className="block text-2xl font-bold tabular-nums sm:text-4xl">{overview.changeCount}</span>
            <span className="mt-1 block text-slate-700">{t("home.changesLabel")}</span>
          </Link>
        </li>
      </ul>
      <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        <Link href="/commitments" className="font-medium text-brand underline underline-offset-4">
          {t("overview.viewAll")}
        </Link>
        <Link href="/method" className="font-medium text-brand underline underline-offset-4">
          {t("home.methodLink")}
        </Link>
        <Link
          href="/recommendations"
          className="font-medium text-brand underline underline-offset-4"
          data-testid="home-recommendations-link"
        >
          {t("reader.homeRecommendations")}
        </Link>
        <Link
          href="/reports/shadow"
          className="font-medium text-brand underline underline-offset-4"
          data-testid="home-shadow-link"
        >
          {t("reader.homeShadow")}
        </Link>
      </p>

      {isEarly ? (
        <section
          aria-labelledby="known-heading"
          className="mt-8 rounded border-l-4 border-brand bg-slate-50 p-4"
          data-testid="early-state"
        >
          <p className="max-w-3xl text-lg">{t("home.earlyState")}</p>
          <div className="mt-4 grid gap-6 md:grid-cols-2">
            <div>
              <h2 id="known-heading" className="text-xl font-semibold">
                {t("home.claimsHeading")}
              </h2>
              <p className="mt-1 text-slate-700">{t("home.claimsIntro")}</p>
              <ul className="mt-2 space-y-2">
                {claimCounts.map(({ claim, count }) => (
                  <li key={claim} className="flex items-center gap-3">
                    <span className="w-10 text-right text-xl font-bold tabular-nums">{count}</span>
                    <ClaimBadge value={claim} />
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h2 className="text-xl font-semibold">{t("home.recentAssessedHeading")}</h2>
              <div className="mt-2">
                {recentAssessments.length > 0 ? (
                  <LatestChanges changes={recentAssessments} />
                ) : (
                  <p className="text-slate-700">{t("home.noneAssessed")}</p>
                )}
              </div>
            </div>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="progress-heading" className={sectionClass}>
        <h2 id="progress-heading" className={headingClass}>
          {t("charts.progressHeading")}
        </h2>
        <div className="mt-3">
          <ProgressChart id="progress-all" series={series} caption={t("charts.progressCaption")} />
        </div>
      </section>

      <section aria-labelledby="gap-heading" className={sectionClass}>
        <h2 id="gap-heading" className={headingClass}>
          {t("charts.gapHeading")}
        </h2>
        <div className="mt-4 max-w-3xl">
          <GapChart gap={gap} />
        </div>
        <details className="mt-6">
          <summary className="cursor-pointer font-medium text-brand underline underline-offset-4">
            {t("overview.gapHeading")}
          </summary>
          <p className="mt-2 max-w-3xl text-slate-700">{t("overview.gapIntro")}</p>
          <div className="mt-4">
            <ClaimGapMatrix cells={overview.byClaimAndAssessment} />
          </div>
        </details>
      </section>

      <div className="grid gap-x-10 lg:grid-cols-2">
        <section aria-labelledby="category-heading" className={sectionClass}>
          <h2 id="category-heading" className={headingClass}>
            {t("charts.byThemeHeading")}
          </h2>
          <div className="mt-4">
            <StackedBars
              id="by-theme"
              caption={t("charts.byThemeCaption")}
              labelHeader={t("charts.themeHeader")}
              rows={themes
                .map((row) => ({
                  key: row.category,
                  label: t(`category.${row.category as CategoryKey}`),
                  href: `/commitments?category=${row.category}`,
                  counts: row.counts,
                }))
                .sort((a, b) => totalOf(b.counts) - totalOf(a.counts) || a.label.localeCompare(b.label, locale))}
            />
          </div>
        </section>
        <section aria-labelledby="body-heading" className={sectionClass}>
          <h2 id="body-heading" className={headingClass}>
            {t("charts.byBodyHeading")}
          </h2>
          <div className="mt-4">
            <StackedBars
              id="by-body"
              caption={t("charts.byBodyCaption")}
              labelHeader={t("charts.bodyHeader")}
              rows={topBodies.map((body) => ({
                key: body.key,
                label: bodyName(body, locale as Locale),
                href: `/bodies/${body.key}`,
                counts: toCounts(body.tally.byAssessment),
              }))}
            />
          </div>
          <p className="mt-3">
            <Link href="/bodies" className="font-medium text-brand underline underline-offset-4">
              {t("home.allBodies")}
            </Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="latest-heading" className={sectionClass}>
        <h2 id="latest-heading" className={headingClass}>
          {t("overview.latestHeading")}
        </h2>
        <div className="mt-4 max-w-3xl">
          <LatestChanges changes={overview.latestChanges} />
        </div>
        <p className="no-print mt-3 flex flex-wrap gap-x-6 gap-y-1">
          <Link
            href="/changes"
            className="font-medium text-brand underline underline-offset-4"
            data-testid="all-changes-link"
          >
            {t("home.allChanges")}
          </Link>
          <a href={`/feed.xml?lang=${locale}`} className="text-brand underline underline-offset-4">
            {t("home.feed")}
          </a>
        </p>
      </section>
    </>
  );
}
