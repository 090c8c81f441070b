import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { dataHref } from "@/i18n/data-links";
import type { Locale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { localeAlternates } from "@/i18n/alternates";
import { ASSESSMENTS, ASSESSMENT_TONES, OFFICIAL_CLAIMS, OFFICIAL_CLAIM_TONES } from "@/lib/vocabulary";
import { ASSESSMENTS_REQUIRING_EVIDENCE } from "@/lib/statuses/schema";
import { StatusBadge } from "@/components/commitments/status-badge";

// "How we assess": the definitions every status badge links to (/method#STALLED,
// /method#claim-ADOPTED, /method#overdue). Static text from the catalogues.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("method");
  return { title: t("title"), description: t("description"), alternates: await localeAlternates() };
}

/** The open data the "How to cite" section names, each linked in the reader's language. */
const DATA_LINKS = [
  ["/export/commitments.csv", "dataCommitmentsCsv"],
  ["/export/history.csv", "dataHistoryCsv"],
  ["/api/v1/commitments", "dataJson"],
  ["/feed.xml", "dataAtom"],
] as const;

const sectionClass = "mt-10 scroll-mt-4";
const headingClass = "text-2xl font-semibold";
const termClass = "scroll-mt-4 rounded border border-slate-300 p-4 target:border-2 target:border-brand";

export default async function MethodPage() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const contents = [
    ["claims", t("method.claimsHeading")],
    ["assessments", t("method.assessmentsHeading")],
    ["terms", t("method.termsHeading")],
    ["policy", t("method.policyHeading")],
    ["cite", t("method.citeHeading")],
  ] as const;
  return (
    <article className="max-w-4xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("method.title")}</h1>
      <p className="mt-3 text-lg text-slate-800">{t("method.intro")}</p>
      <nav aria-labelledby="method-contents" className="no-print mt-6 rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="method-contents" className="font-semibold">
          {t("method.onThisPage")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {contents.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-brand underline underline-offset-4">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="claims" aria-labelledby="claims-heading" className={sectionClass}>
        <h2 id="claims-heading" className={headingClass}>
          {t("method.claimsHeading")}
        </h2>
        <p className="mt-2 text-slate-800">{t("method.claimsIntro")}</p>
        <ul className="mt-4 space-y-3">
          {OFFICIAL_CLAIMS.map((key) => (
            <li key={key} id={`claim-${key}`} className={termClass}>
              <h3>
                <StatusBadge
                  label={t(`officialClaim.${key}`)}
                  tone={OFFICIAL_CLAIM_TONES[key]}
                  icon={`claim:${key}`}
                  size="lg"
                />
              </h3>
              <p className="mt-2">{t(`method.claim.${key}`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section id="assessments" aria-labelledby="assessments-heading" className={sectionClass}>
        <h2 id="assessments-heading" className={headingClass}>
          {t("method.assessmentsHeading")}
        </h2>
        <p className="mt-2 text-slate-800">{t("method.assessmentsIntro")}</p>
        <ul className="mt-4 space-y-3">
          {ASSESSMENTS.map((key) => (
            <li key={key} id={key} className={termClass}>
              <h3>
                <StatusBadge
                  label={t(`assessment.${key}`)}
                  tone={ASSESSMENT_TONES[key]}
                  icon={`assessment:${key}`}
                  size="lg"
                />
              </h3>
              <p className="mt-2">{t(`method.assessment.${key}`)}</p>
              {key === "NOT_ASSESSED" ? null : (
                <p className="mt-1 text-sm text-slate-700">
                  {t("method.evidenceJustification")}
                  {ASSESSMENTS_REQUIRING_EVIDENCE.includes(key) ? ` ${t("method.evidenceRequired")}` : null}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section id="terms" aria-labelledby="terms-heading" className={sectionClass}>
        <h2 id="terms-heading" className={headingClass}>
          {t("method.termsHeading")}
        </h2>
        <dl className="mt-4 space-y-3">
          <div id="overdue" className={termClass}>
            <dt>
              <StatusBadge label={t("commitment.overdue")} tone="danger" icon="overdue" size="lg" />
            </dt>
            <dd className="mt-2">{t("method.overdueText")}</dd>
          </div>
          <div id="stale" className={termClass}>
            <dt className="text-lg font-semibold">{t("method.staleTerm")}</dt>
            <dd className="mt-2">{t("method.staleText")}</dd>
          </div>
          <div id="last-verified" className={termClass}>
            <dt className="text-lg font-semibold">{t("method.lastVerifiedTerm")}</dt>
            <dd className="mt-2">{t("method.lastVerifiedText")}</dd>
          </div>
        </dl>
      </section>

      <section id="policy" aria-labelledby="policy-heading" className={sectionClass}>
        <h2 id="policy-heading" className={headingClass}>
          {t("method.policyHeading")}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>{t("method.policyWho")}</li>
          <li>{t("method.policyCorrections")}</li>
          <li>{t("method.policyIndependence")}</li>
          <li>{t("method.policyContact")}</li>
        </ul>
        <p className="mt-3">
          <Link href="/changes" className="text-brand underline underline-offset-4">
            {t("method.seeAlso")}
          </Link>
        </p>
      </section>

      <section id="cite" aria-labelledby="cite-heading" className={sectionClass}>
        <h2 id="cite-heading" className={headingClass}>
          {t("method.citeHeading")}
        </h2>
        <p className="mt-2">{t("method.citeText")}</p>
        <blockquote className="mt-2 break-words border-l-4 border-slate-400 bg-slate-50 p-3">
          {t("method.citeExample")}
        </blockquote>
        <p className="mt-3">{t("method.citeData")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="method-data-links">
          {DATA_LINKS.map(([href, label]) => (
            <li key={href}>
              <a href={dataHref(href, locale)} className="text-brand underline underline-offset-4">
                {t(`reader.${label}`)}
              </a>
            </li>
          ))}
        </ul>
        <h3 className="mt-6 text-lg font-semibold">{t("reader.methodRecommendationsHeading")}</h3>
        <p className="mt-1">{t("reader.methodRecommendationsText")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <Link href="/recommendations" className="text-brand underline underline-offset-4">
              {t("reader.recommendationsTitle")}
            </Link>
          </li>
          <li>
            <Link href="/reports/shadow" className="text-brand underline underline-offset-4">
              {t("reader.shadowTitle")}
            </Link>
          </li>
        </ul>
      </section>
    </article>
  );
}
