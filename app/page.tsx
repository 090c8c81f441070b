import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getOverview } from "@/lib/commitments/data";
import type { CategoryKey } from "@/lib/vocabulary";
import { AssessmentMeter } from "@/components/overview/assessment-meter";
import { ClaimGapMatrix } from "@/components/overview/claim-gap-matrix";
import { LatestChanges } from "@/components/overview/latest-changes";

// Always read the database: an editor's change must show on the next request.
export const dynamic = "force-dynamic";

const sectionClass = "mt-10";
const headingClass = "text-2xl font-semibold";

export default async function OverviewPage() {
  const [t, overview] = await Promise.all([getTranslations(), getOverview()]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("overview.title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700" data-testid="overview-intro">
        {t("overview.intro", { count: overview.total })}
      </p>
      <p className="mt-4">
        <Link href="/commitments" className="font-medium text-brand underline underline-offset-4">
          {t("overview.viewAll")}
        </Link>
      </p>

      <section aria-labelledby="assessment-heading" className={sectionClass}>
        <h2 id="assessment-heading" className={headingClass}>
          {t("overview.assessmentHeading")}
        </h2>
        <div className="mt-4">
          <AssessmentMeter counts={overview.byAssessment} total={overview.total} />
        </div>
      </section>

      <section aria-labelledby="overdue-heading" className={sectionClass}>
        <h2 id="overdue-heading" className={headingClass}>
          {t("overview.overdueHeading")}
        </h2>
        <p className="mt-2">
          <Link href="/commitments?overdue=1" className="text-brand underline underline-offset-4" data-testid="overdue-link">
            {t("overview.overdueText", { count: overview.overdue })}
          </Link>
        </p>
      </section>

      <section aria-labelledby="gap-heading" className={sectionClass}>
        <h2 id="gap-heading" className={headingClass}>
          {t("overview.gapHeading")}
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700">{t("overview.gapIntro")}</p>
        <div className="mt-4">
          <ClaimGapMatrix cells={overview.byClaimAndAssessment} />
        </div>
      </section>

      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="category-heading" className={sectionClass}>
          <h2 id="category-heading" className={headingClass}>
            {t("overview.categoryHeading")}
          </h2>
          <ul className="mt-4 space-y-1">
            {overview.byCategory.map((row) => (
              <li key={row.category}>
                <Link href={`/commitments?category=${row.category}`} className="text-brand underline-offset-4 hover:underline">
                  <span className="font-semibold tabular-nums">{row.count}</span> {t(`category.${row.category as CategoryKey}`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="latest-heading" className={sectionClass}>
          <h2 id="latest-heading" className={headingClass}>
            {t("overview.latestHeading")}
          </h2>
          <div className="mt-4">
            <LatestChanges changes={overview.latestChanges} />
          </div>
        </section>
      </div>
    </>
  );
}
