import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/permissions";
import { applyImportAction } from "@/lib/import/actions";
import { getImportDraft, planDraftImport, readAppliedRecords } from "@/lib/import/data";
import { planDigest } from "@/lib/import/plan";
import { getValidationMessages } from "@/lib/forms/server-messages";
import { ActionButtonForm } from "@/components/manage/action-button-form";
import { ImportPreview } from "@/components/manage/import-preview";
import { formatZonedDateTime } from "@/components/common/zoned-time";
import { UserText } from "@/components/common/user-text";
import { RecommendationImportPreview } from "@/components/recommendations/import-preview";
import { applyRecommendationImportAction } from "@/lib/recommendations/import-actions";
import {
  planRecommendationDraft,
  readAppliedRecommendations,
  recommendationPlanDigest,
} from "@/lib/recommendations/import-data";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("manage.import");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportPreviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("import:run", `/manage/import/${id}`);
  const [draft, query, t, tr, format, words] = await Promise.all([
    getImportDraft(id),
    searchParams,
    getTranslations("manage.import"),
    getTranslations("recommendationsManage.import"),
    getFormatter(),
    getValidationMessages(),
  ]);
  if (!draft) notFound();
  const isRecommendations = draft.kind === "recommendations";
  const plan = isRecommendations ? await planRecommendationDraft(draft) : await planDraftImport(draft);
  const when = (date: Date) => formatZonedDateTime(format, date);
  const recommendationDigest =
    "kind" in plan && plan.kind === "recommendations" ? await recommendationPlanDigest(plan) : "";

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">
        {t(draft.appliedAt ? "appliedTitle" : "previewTitle", { fileName: draft.fileName })}
      </h1>
      {draft.note ? (
        <p className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">{words(draft.note)}</p>
      ) : null}
      {query.changed ? (
        <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
          {t("changedSincePreview")}
        </p>
      ) : null}
      {draft.appliedAt ? (
        <>
          <p
            role="status"
            className="rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-950"
            data-testid="import-applied"
          >
            {t("appliedShort", { date: when(draft.appliedAt) })}
          </p>
          {isRecommendations ? (
            <AppliedRecommendations
              draftId={draft.id}
              leftOut={"parseError" in plan || plan.kind !== "recommendations" ? 0 : plan.errors.length}
            />
          ) : (
            <AppliedRecords applied={draft.applied} mayReview={hasPermission(user.role, "status:review")} />
          )}
        </>
      ) : "parseError" in plan ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {words(plan.parseError)}
        </p>
      ) : plan.kind === "recommendations" ? (
        <>
          <RecommendationImportPreview plan={plan} />
          {plan.errors.length === 0 && plan.missingColumns.length === 0 && plan.creates.length > 0 ? (
            <div className="space-y-2">
              <p className="text-sm text-slate-700">{t("applyHint")}</p>
              <ActionButtonForm
                action={applyRecommendationImportAction}
                fields={{ draftId: draft.id, digest: recommendationDigest }}
                label={t("apply", { count: plan.creates.length })}
                tone="primary"
              />
            </div>
          ) : plan.missingColumns.length === 0 && plan.creates.length > 0 ? (
            // "Import the rows without problems": only when the person asks, and the rows left out can be downloaded after.
            <ActionButtonForm
              action={applyRecommendationImportAction}
              fields={{ draftId: draft.id, digest: recommendationDigest, withoutProblemRows: "yes" }}
              label={tr("withoutProblems", { count: plan.creates.length })}
              confirm={{
                question: tr("withoutProblemsQuestion"),
                confirmLabel: tr("withoutProblems", { count: plan.creates.length }),
              }}
            />
          ) : null}
        </>
      ) : (
        <>
          <ImportPreview plan={plan} />
          {plan.errors.length === 0 && plan.missingColumns.length === 0 && plan.operations.length > 0 ? (
            <div className="space-y-2">
              <p className="text-sm text-slate-700">{t("applyHint")}</p>
              <ActionButtonForm
                action={applyImportAction}
                fields={{ draftId: draft.id, digest: await planDigest(plan) }}
                label={t("apply", { count: plan.operations.length })}
                tone="primary"
              />
            </div>
          ) : null}
        </>
      )}
      <p>
        <Link href="/manage/import" className="underline underline-offset-4">
          {t("startAgain")}
        </Link>
      </p>
    </div>
  );
}

/** After Apply: each record the import wrote, linked to its page in the workspace, and the proposals it left for review. */
async function AppliedRecords({ applied, mayReview }: { applied: string | null; mayReview: boolean }) {
  const [result, t] = await Promise.all([readAppliedRecords(applied), getTranslations("manage.import")]);
  if (!result) return null;
  const actionLabel = {
    create: t("actionCreate"),
    update: t("actionUpdate"),
    status: t("actionStatus"),
    proposal: t("actionProposal"),
  } as const;
  return (
    <section aria-labelledby="applied-heading" className="space-y-2">
      <h2 id="applied-heading" className="text-xl font-semibold">
        {t("appliedHeading", { count: result.count })}
      </h2>
      {result.proposals > 0 ? (
        <p className="rounded border border-sky-700 bg-sky-50 p-3 text-sky-950" data-testid="import-applied-proposals">
          {t("appliedProposals", { count: result.proposals })}{" "}
          {mayReview ? (
            <Link href="/manage/review" className="font-medium underline underline-offset-4">
              {t("reviewQueueLink")}
            </Link>
          ) : (
            // Editors cannot open the queue: they are told who can.
            t("appliedProposalsWho")
          )}
        </p>
      ) : null}
      {result.records.length < result.count ? (
        <p className="text-sm text-slate-700">
          {t("appliedLimited", { shown: result.records.length, count: result.count })}
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200 rounded border border-slate-300" data-testid="import-applied-records">
        {result.records.map((record) => (
          <li key={record.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
            <Link href={`/manage/commitments/${record.id}`} className="font-medium underline underline-offset-4">
              <UserText>{record.title}</UserText>
            </Link>
            <span className="text-sm text-slate-700">
              {record.actions
                .map((action) =>
                  action === "proposal"
                    ? `${actionLabel.proposal} (${t("appliedProposalCount", { count: record.proposals })})`
                    : actionLabel[action],
                )
                .join(" · ")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** After a recommendations import: how many it created, links to them, and the rows it left out. */
async function AppliedRecommendations({ draftId, leftOut }: { draftId: string; leftOut: number }) {
  const [{ count, shown }, t] = await Promise.all([
    readAppliedRecommendations(draftId),
    getTranslations("recommendationsManage.import"),
  ]);
  return (
    <section aria-labelledby="applied-heading" className="space-y-2">
      <h2 id="applied-heading" className="text-xl font-semibold" data-testid="import-applied-count">
        {t("applied", { created: count })}
      </h2>
      <p>
        <Link href="/manage/recommendations" className="underline underline-offset-4">
          {t("appliedLink")}
        </Link>
      </p>
      {leftOut > 0 ? (
        <p>
          <a href={`/manage/import/${draftId}/skipped.csv`} className="underline underline-offset-4">
            {t("skippedCsv", { count: leftOut })}
          </a>
        </p>
      ) : null}
      {shown.length > 0 ? (
        <>
          <p className="text-sm text-slate-700">{t("appliedShown", { shown: shown.length })}</p>
          <ul
            className="divide-y divide-slate-200 rounded border border-slate-300"
            data-testid="import-applied-records"
          >
            {shown.map((row) => (
              <li key={row.id} className="p-3">
                <Link href={`/manage/recommendations/${row.id}`} className="font-medium underline underline-offset-4">
                  <bdi>
                    {[row.mechanismCode, row.symbol, row.paragraph ? `¶${row.paragraph}` : ""]
                      .filter(Boolean)
                      .join(" ")}
                  </bdi>
                </Link>{" "}
                <UserText>{row.text.length > 160 ? `${row.text.slice(0, 160)}…` : row.text}</UserText>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
