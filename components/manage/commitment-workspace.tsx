import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { workspaceTitle } from "@/lib/manage/workspace-title";
import type { AssessmentKey, OfficialClaimKey } from "@/lib/vocabulary";
import { formatCalendarDate } from "@/lib/calendar";
import { setArchivedAction, setPublicationAction } from "@/lib/commitments/actions";
import { AssessmentBadge, ClaimBadge } from "@/components/commitments/status-badges";
import { ActionButtonForm } from "./action-button-form";
import { CommitmentForm } from "./commitment-form";
import { EvidenceSection, type EvidenceItem } from "./evidence-section";
import { HistorySection, type HistoryItem, type VerificationItem } from "./history-section";
import { MarkVerifiedForm } from "./mark-verified-form";
import { QuotesSection, type QuoteItem } from "./quotes-section";
import type { SourceOption } from "./quote-fields";
import { StatusUpdateForm } from "./status-update-form";
import { ProposalsSection, type ChangeItem, type ProposalItem } from "./proposals-section";
import { TranslationsSection } from "./translations-section";
import { WorkspaceTitleText } from "./workspace-title";

export type WorkspaceCommitmentDetail = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  category: string;
  responsibleBody: string;
  firstStatedOn: Date | null;
  targetDate: Date | null;
  officialClaim: OfficialClaimKey;
  claimSince: Date | null;
  assessment: AssessmentKey;
  assessmentSince: Date | null;
  lastVerifiedOn: Date | null;
  isPublished: boolean;
  isArchived: boolean;
  firstPublishedAt: Date | null;
  version: number;
  instruments: { instrumentCode: string }[];
  sourceLocale: string;
  translations: { locale: string; title: string; summary: string }[];
  quotes: QuoteItem[];
  evidence: EvidenceItem[];
  statusChanges: HistoryItem[];
  verifications: VerificationItem[];
};

/** What the signed-in person's role lets them do here: controls they may not use are not shown (the server refuses them anyway). */
export type WorkspaceRights = { edit: boolean; publish: boolean; archive: boolean; verify: boolean };

/** What the status form needs to know about review (lib/review/workspace.ts). */
export type WorkspaceReview = {
  note: string | null;
  proposals: readonly ProposalItem[];
  changes: readonly ChangeItem[];
  revising: { id: string; values: Record<string, string | string[]>; comment: string | null } | null;
};

const day = (value: Date | null) => (value ? formatCalendarDate(value) : "");
const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** A commitment's page in the workspace: statuses, the core actions, details, quotes, evidence and history. */
export async function CommitmentWorkspace({
  commitment: c,
  instruments,
  bodies,
  sources,
  saved,
  today,
  review,
  may,
}: {
  commitment: WorkspaceCommitmentDetail;
  instruments: readonly { code: string; name: string }[];
  bodies: readonly { value: string; label: string }[];
  sources: readonly SourceOption[];
  saved: string | null;
  today: string;
  review: WorkspaceReview;
  may: WorkspaceRights;
}) {
  const t = await getTranslations();
  const statusSnapshot = {
    assessment: c.assessment,
    assessmentSince: iso(c.assessmentSince),
    officialClaim: c.officialClaim,
    claimSince: iso(c.claimSince),
    lastVerifiedOn: iso(c.lastVerifiedOn),
  };
  const stateKey = c.isArchived ? "archived" : c.isPublished ? "published" : "draft";
  const flagFields = [
    { key: "isPublished", label: t("manage.state.published") },
    { key: "isArchived", label: t("manage.state.archived") },
  ];
  return (
    <article className="space-y-10">
      <header>
        {saved && t.has(`manage.saved.${saved}`) ? (
          <p role="status" className="mb-4 rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-950">
            {t(`manage.saved.${saved}`)}
          </p>
        ) : null}
        <p className="text-sm text-slate-600">
          {t(`manage.state.${stateKey}`)} · {c.slug} · {t("manage.commitment.version", { version: c.version })}
        </p>
        <h1 className="text-3xl font-bold tracking-tight">
          <WorkspaceTitleText title={workspaceTitle(c, (await getLocale()) as Locale)} />
        </h1>
        <dl className="mt-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-2" data-testid="current-status">
          <dt className="text-slate-600">{t("manage.commitment.currentClaim")}</dt>
          <dd>
            <ClaimBadge value={c.officialClaim} />{" "}
            {c.claimSince ? (
              <span className="text-sm text-slate-600">
                {t("manage.commitment.since", { date: day(c.claimSince) })}
              </span>
            ) : null}
          </dd>
          <dt className="text-slate-600">{t("manage.commitment.currentAssessment")}</dt>
          <dd>
            <AssessmentBadge value={c.assessment} />{" "}
            {c.assessmentSince ? (
              <span className="text-sm text-slate-600">
                {t("manage.commitment.since", { date: day(c.assessmentSince) })}
              </span>
            ) : null}
          </dd>
          <dt className="text-slate-600">{t("manage.commitment.lastVerified")}</dt>
          <dd>{c.lastVerifiedOn ? day(c.lastVerifiedOn) : t("manage.list.never")}</dd>
        </dl>
      </header>

      <section aria-labelledby="status-heading" className="max-w-3xl">
        <h2 id="status-heading" className="text-2xl font-semibold">
          {t("manage.status.title")}
        </h2>
        {review.revising ? <p className="mt-2 text-slate-700">{t("review.revising")}</p> : null}
        <div className="mt-3">
          <StatusUpdateForm
            key={review.revising?.id ?? "new"}
            reviewNote={review.note}
            proposal={review.revising ?? undefined}
            commitmentId={c.id}
            version={c.version}
            today={today}
            current={statusSnapshot}
            firstStatedOn={day(c.firstStatedOn) || null}
            evidence={c.evidence.map((item) => ({ id: item.id, title: item.title, url: item.url }))}
          />
        </div>
      </section>

      <ProposalsSection proposals={review.proposals} changes={review.changes} />

      {may.verify ? (
        <section aria-labelledby="verify-heading" className="max-w-3xl">
          <h2 id="verify-heading" className="text-2xl font-semibold">
            {t("manage.verify.title")}
          </h2>
          <div className="mt-3">
            <MarkVerifiedForm commitmentId={c.id} version={c.version} today={today} opened={statusSnapshot} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="publication-heading" className="max-w-3xl">
        <h2 id="publication-heading" className="text-2xl font-semibold">
          {t("manage.commitment.publication")}
        </h2>
        <p className="mt-1 text-slate-700">{t("manage.commitment.publishHint")}</p>
        <div className="mt-3 flex flex-wrap items-start gap-4">
          {may.publish ? (
            <ActionButtonForm
              action={setPublicationAction}
              fields={{ commitmentId: c.id, version: c.version, change: c.isPublished ? "unpublish" : "publish" }}
              label={c.isPublished ? t("manage.commitment.unpublish") : t("manage.commitment.publish")}
              tone={c.isPublished ? "secondary" : "primary"}
              confirm={
                c.isPublished
                  ? {
                      question: t("manage.commitment.unpublishQuestion"),
                      confirmLabel: t("manage.commitment.unpublishConfirm"),
                    }
                  : undefined
              }
              conflictFields={flagFields}
              opened={{ isPublished: c.isPublished, isArchived: c.isArchived }}
            />
          ) : null}
          {may.archive ? (
            <ActionButtonForm
              action={setArchivedAction}
              fields={{ commitmentId: c.id, version: c.version, change: c.isArchived ? "restore" : "archive" }}
              label={c.isArchived ? t("manage.commitment.restore") : t("manage.commitment.archive")}
              tone={c.isArchived ? "secondary" : "danger"}
              confirm={
                c.isArchived
                  ? undefined
                  : {
                      question: t(
                        c.isPublished
                          ? "manage.commitment.archivePublishedQuestion"
                          : "manage.commitment.archiveQuestion",
                      ),
                      confirmLabel: t("manage.commitment.archiveConfirm"),
                    }
              }
              conflictFields={flagFields}
              opened={{ isPublished: c.isPublished, isArchived: c.isArchived }}
            />
          ) : null}
          {may.publish || may.archive ? null : <p className="text-slate-700">{t("manage.commitment.editorsOnly")}</p>}
          {c.isPublished && !c.isArchived ? (
            <Link
              href={`/commitments/${c.slug}`}
              className="self-center underline underline-offset-4"
              data-testid="view-public"
            >
              {t("manage.commitment.viewPublic")}
            </Link>
          ) : null}
        </div>
      </section>

      {may.edit ? (
        <section aria-labelledby="details-heading" className="max-w-3xl">
          <h2 id="details-heading" className="text-2xl font-semibold">
            {t("manage.commitment.details")}
          </h2>
          <div className="mt-3">
            <CommitmentForm
              mode="edit"
              commitmentId={c.id}
              version={c.version}
              isSlugLocked={c.isPublished || c.firstPublishedAt !== null}
              instruments={instruments}
              bodies={bodies}
              initial={{
                slug: c.slug,
                sourceLocale: c.sourceLocale,
                title: c.title,
                summary: c.summary,
                category: c.category,
                responsibleBody: c.responsibleBody,
                firstStatedOn: day(c.firstStatedOn),
                targetDate: day(c.targetDate),
                instruments: c.instruments.map((link) => link.instrumentCode),
              }}
            />
          </div>
        </section>
      ) : null}

      {may.edit ? (
        <TranslationsSection
          commitmentId={c.id}
          version={c.version}
          sourceLocale={c.sourceLocale}
          translations={c.translations}
        />
      ) : null}
      <QuotesSection commitmentId={c.id} version={c.version} quotes={c.quotes} sources={sources} />
      <EvidenceSection commitmentId={c.id} evidence={c.evidence} />
      <HistorySection statusChanges={c.statusChanges} verifications={c.verifications} />
    </article>
  );
}
