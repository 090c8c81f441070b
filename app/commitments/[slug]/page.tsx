import type { Metadata } from "next";
import { UserText } from "@/components/common/user-text";
import { isolateText } from "@/lib/text/unsafe-characters";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import { dataHref } from "@/i18n/data-links";
import type { Locale } from "@/i18n/locales";
import { localizeCommitment } from "@/lib/commitments/localize";
import { NotTranslatedNote } from "@/components/commitments/not-translated-note";
import { getPublishedCommitment } from "@/lib/commitments/data";
import { getSiteUrl } from "@/lib/site-url";
import { isMailConfigured } from "@/lib/notifications/mailer";
import type { CategoryKey } from "@/lib/vocabulary";
import { CalendarDate } from "@/components/common/calendar-date";
import { EditorLinks } from "@/components/commitments/editor-links";
import { bodyName } from "@/lib/bodies/names";
import { instrumentName } from "@/lib/instruments/names";
import { EvidenceList } from "@/components/commitments/evidence-list";
import { QuoteList } from "@/components/commitments/quote-list";
import { AssessmentBadge, ClaimBadge, OverdueBadge } from "@/components/commitments/status-badges";
import { Timeline } from "@/components/commitments/timeline";
import { CommitmentRecommendations } from "@/components/recommendations/commitment-recommendations";
import { listRecommendationsForCommitment } from "@/lib/recommendations/data";
import { currentInstant, isOverdue, today } from "@/lib/calendar";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const commitment = await getPublishedCommitment((await params).slug);
  if (!commitment) return {};
  const path = `/commitments/${commitment.slug}`;
  const text = localizeCommitment(commitment, (await getLocale()) as Locale);
  return {
    title: isolateText(text.title),
    description: isolateText(text.summary),
    alternates: await localeAlternates({ types: { "application/atom+xml": `${path}/feed.xml` } }),
    openGraph: {
      title: isolateText(text.title),
      description: isolateText(text.summary),
      type: "article",
      url: `/${await getLocale()}${path}`,
    },
  };
}

const sectionClass = "mt-10 break-inside-avoid-page";
const headingClass = "text-2xl font-semibold";

export default async function CommitmentPage({ params }: Props) {
  const commitment = await getPublishedCommitment((await params).slug);
  if (!commitment) notFound();
  const [t, format, locale, recommendations] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale(),
    listRecommendationsForCommitment(commitment.id),
  ]);
  const text = localizeCommitment(commitment, locale as Locale);
  const now = currentInstant();
  const permalink = `${getSiteUrl()}/commitments/${commitment.slug}`;
  const since = (date: Date | null) =>
    date ? (
      <>
        {" "}
        <span className="text-sm text-slate-600">
          ({t("commitment.since", { date: format.dateTime(date, { dateStyle: "long", timeZone: "UTC" }) })})
        </span>
      </>
    ) : null;

  return (
    <article>
      <nav aria-label={t("commitment.breadcrumb")} className="no-print text-sm">
        <Link href="/commitments" className="text-brand underline underline-offset-4">
          {t("commitment.backToList")}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight" lang={text.locale}>
        <UserText>{text.title}</UserText>
      </h1>
      {text.isFallback ? <NotTranslatedNote shown={text.locale} /> : null}
      <p className="mt-1 text-slate-700">{t(`category.${commitment.category as CategoryKey}`)}</p>
      <EditorLinks
        editHref={`/${locale}/manage/commitments/${commitment.id}`}
        signedInLabel={t("editor.signedIn")}
        editLabel={t("editor.edit")}
      />

      <div className="mt-6 grid gap-4 sm:grid-cols-2" data-testid="status-panel">
        <section aria-labelledby="claim-heading" className="rounded border border-slate-300 p-4">
          <h2 id="claim-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
            {t("commitment.claimHeading")}
          </h2>
          <p className="mt-2">
            <ClaimBadge value={commitment.officialClaim} size="lg" />
            {since(commitment.claimSince)}
          </p>
        </section>
        <section aria-labelledby="assessment-heading" className="rounded border border-slate-300 p-4">
          <h2 id="assessment-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
            {t("commitment.assessmentHeading")}
          </h2>
          <p className="mt-2 flex flex-wrap items-center gap-1">
            <AssessmentBadge value={commitment.assessment} size="lg" />
            {isOverdue(commitment, today(now)) ? <OverdueBadge size="lg" /> : null}
            {since(commitment.assessmentSince)}
          </p>
        </section>
      </div>

      <section aria-labelledby="summary-heading" className={sectionClass}>
        <h2 id="summary-heading" className={headingClass}>
          {t("commitment.summaryHeading")}
        </h2>
        <p className="mt-2 max-w-3xl text-lg" lang={text.locale}>
          <UserText>{text.summary}</UserText>
        </p>
        <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("commitment.responsible")}</dt>
          <dd>
            <Link href={`/bodies/${commitment.body.key}`} className="text-brand underline underline-offset-4">
              {bodyName(commitment.body, locale as Locale)}
            </Link>
          </dd>
          <dt className="font-medium">{t("commitment.instruments")}</dt>
          <dd>
            {commitment.instruments.length === 0 ? (
              t("commitment.noInstruments")
            ) : (
              <ul>
                {commitment.instruments.map(({ instrument }) => (
                  <li key={instrument.code}>
                    <Link href={`/instruments/${instrument.code}`} className="text-brand underline underline-offset-4">
                      {instrument.code}
                    </Link>
                    : {instrumentName(instrument, locale as Locale)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt className="font-medium">{t("commitment.firstStated")}</dt>
          <dd>
            {commitment.firstStatedOn ? <CalendarDate date={commitment.firstStatedOn} /> : t("commitment.dateUnknown")}
          </dd>
          <dt className="font-medium">{t("commitment.targetDate")}</dt>
          <dd>{commitment.targetDate ? <CalendarDate date={commitment.targetDate} /> : t("commitment.noTarget")}</dd>
          <dt className="font-medium">{t("commitment.lastVerified")}</dt>
          <dd>
            {commitment.lastVerifiedOn ? (
              <CalendarDate date={commitment.lastVerifiedOn} />
            ) : (
              t("commitment.neverVerified")
            )}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="timeline-heading" className={sectionClass}>
        <h2 id="timeline-heading" className={headingClass}>
          {t("commitment.timelineHeading")}
        </h2>
        <div className="mt-4">
          <Timeline entries={commitment.statusChanges} />
        </div>
      </section>

      <section aria-labelledby="evidence-heading" className={sectionClass}>
        <h2 id="evidence-heading" className={headingClass}>
          {t("commitment.evidenceHeading")}
        </h2>
        <div className="mt-4">
          <EvidenceList items={commitment.evidence} />
        </div>
      </section>

      <CommitmentRecommendations items={recommendations} className={sectionClass} />

      <section aria-labelledby="quotes-heading" className={sectionClass}>
        <h2 id="quotes-heading" className={headingClass}>
          {t("commitment.quotesHeading")}
        </h2>
        <div className="mt-4">
          <QuoteList quotes={commitment.quotes} />
        </div>
      </section>

      <section aria-labelledby="correction-heading" className={`${sectionClass} no-print`}>
        <h2 id="correction-heading" className="text-lg font-semibold">
          {t("corrections.link")}
        </h2>
        <p className="mt-1 text-slate-700">{t("corrections.linkIntro")}</p>
        <p className="mt-2">
          <Link
            href={`/commitments/${commitment.slug}/correction`}
            className="text-brand underline underline-offset-4"
            data-testid="report-error-link"
          >
            {t("corrections.link")}
          </Link>
        </p>
      </section>

      <section
        aria-labelledby="cite-heading"
        className={`${sectionClass} rounded border border-slate-300 bg-slate-50 p-4`}
      >
        <h2 id="cite-heading" className="text-lg font-semibold">
          {t("commitment.citeHeading")}
        </h2>
        <p className="mt-2 break-words" data-testid="cite-this">
          {t("commitment.citeText", {
            title: text.title,
            url: permalink,
            date: format.dateTime(now, { dateStyle: "long" }),
          })}
        </p>
        <ul className="no-print mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <li>
            <a href={permalink} className="text-brand underline underline-offset-4">
              {t("commitment.permalink")}
            </a>
          </li>
          <li>
            <a
              href={dataHref(`/commitments/${commitment.slug}/feed.xml`, locale as Locale)}
              className="text-brand underline underline-offset-4"
            >
              {t("commitment.feedLink")}
            </a>
          </li>
          <li>
            {/* Email only where a mail server is set up (SMTP_URL); otherwise the follow page offers the feed and webhooks. */}
            <Link
              href={`/follow?commitment=${commitment.slug}`}
              className="text-brand underline underline-offset-4"
              data-testid="follow-link"
            >
              {isMailConfigured() ? t("follow.linkFromCommitment") : t("reader.followOtherWays")}
            </Link>
          </li>
          <li>
            <a
              href={dataHref(`/api/v1/commitments/${commitment.slug}`, locale as Locale)}
              className="text-brand underline underline-offset-4"
            >
              {t("commitment.jsonLink")}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="embed-heading" className={`${sectionClass} no-print`}>
        <h2 id="embed-heading" className="text-lg font-semibold">
          {t("embed.heading")}
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700">{t("embed.intro")}</p>
        <p className="mt-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- the badge is an SVG route, not an optimisable image; lazy: it sits below the fold, so a slow connection does not fetch (or preload) it first */}
          <img
            loading="lazy"
            decoding="async"
            src={`/embed/commitments/${commitment.slug}.svg?lang=${locale}`}
            alt={t("embed.previewAlt")}
            width={440}
            height={112}
            className="h-auto max-w-full"
          />
        </p>
        <label htmlFor="embed-code" className="mt-3 block text-sm font-medium">
          {t("embed.codeLabel")}
        </label>
        <textarea
          id="embed-code"
          readOnly
          rows={3}
          className="mt-1 block w-full max-w-3xl rounded border border-slate-400 bg-slate-50 p-2 font-mono text-sm"
          value={`<a href="${getSiteUrl()}/${locale}/commitments/${commitment.slug}"><img src="${getSiteUrl()}/embed/commitments/${commitment.slug}.svg?lang=${locale}" alt="${text.title.replace(/"/g, "&quot;")}" width="440" height="112"></a>`}
        />
      </section>
    </article>
  );
}
