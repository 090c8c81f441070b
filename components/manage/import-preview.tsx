import { getFormatter, getTranslations } from "next-intl/server";
import { formatCalendarDay } from "@/components/common/calendar-date";
import type { ImportPlan } from "@/lib/import/plan";
import type { StatusFieldKey } from "@/lib/vocabulary";
import { cellClass, headClass, ImportProblems, PREVIEW_ROWS } from "./import-problems";

/** What an import would do: counts, every problem with row and column, and each planned change. */
export async function ImportPreview({ plan }: { plan: ImportPlan }) {
  const [t, root, format] = await Promise.all([getTranslations("manage.import"), getTranslations(), getFormatter()]);
  // Statuses, themes and column names in words, never as codes (ASSESSMENT: NOT_ASSESSED → STALLED).
  const statusLabel = (field: StatusFieldKey, value: string) => {
    const path = `${field === "ASSESSMENT" ? "assessment" : "officialClaim"}.${value}`;
    return root.has(path as never) ? root(path as never) : value;
  };
  const fieldName = (column: string) => {
    const path = `audit.fields.${column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase())}`;
    return root.has(path as never) ? root(path as never) : column;
  };
  const fieldValue = (column: string, value: string) =>
    column === "category" && root.has(`category.${value}` as never) ? root(`category.${value}` as never) : value;
  // Status rows for a field under review become proposals: counted apart, never as published changes.
  const proposals = plan.operations.filter((operation) => operation.type === "status" && operation.isProposal);
  const count = (type: "create" | "update" | "status") =>
    plan.operations.filter(
      (operation) => operation.type === type && !(operation.type === "status" && operation.isProposal),
    ).length;
  const reviewedFields =
    plan.review.reviewAssessments && plan.review.reviewClaims
      ? "both"
      : plan.review.reviewAssessments
        ? "assessments"
        : "claims";
  return (
    <div className="space-y-6">
      <p className="font-medium" data-testid="import-summary">
        {t("summary", {
          create: count("create"),
          update: count("update"),
          status: count("status"),
          unchanged: plan.unchanged.length,
        })}
      </p>
      {proposals.length > 0 ? (
        <p className="rounded border border-sky-700 bg-sky-50 p-3 text-sky-950" data-testid="import-proposals-note">
          {t("proposalsNote", { count: proposals.length, fields: reviewedFields })}
        </p>
      ) : null}
      <ImportProblems errors={plan.errors} ignoredColumns={plan.ignoredColumns} missingColumns={plan.missingColumns} />
      {plan.operations.length > 0 ? (
        <div className="overflow-x-auto">
          {plan.operations.length > PREVIEW_ROWS ? (
            <p className="mb-2 text-sm">
              {t("previewLimited", { shown: PREVIEW_ROWS, count: plan.operations.length })}
            </p>
          ) : null}
          <table className="min-w-full border-collapse text-sm" data-testid="import-operations">
            <thead>
              <tr>
                <th scope="col" className={headClass}>
                  {t("colRow")}
                </th>
                <th scope="col" className={headClass}>
                  {t("colCommitment")}
                </th>
                <th scope="col" className={headClass}>
                  {t("colAction")}
                </th>
                <th scope="col" className={headClass}>
                  {t("colChanges")}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.operations.slice(0, PREVIEW_ROWS).map((operation) => (
                <tr key={`${operation.rowNumber}-${operation.slug}`}>
                  <td className={cellClass}>{operation.rowNumber}</td>
                  <td className={cellClass}>{operation.slug}</td>
                  <td className={cellClass}>
                    {t(
                      operation.type === "create"
                        ? "actionCreate"
                        : operation.type === "update"
                          ? "actionUpdate"
                          : operation.isProposal
                            ? "actionProposal"
                            : "actionStatus",
                    )}
                  </td>
                  <td className={cellClass}>
                    {operation.type === "update" ? (
                      <ul>
                        {operation.changes.map((change) => (
                          <li key={change.field}>
                            <span className="font-medium">{fieldName(change.field)}</span>:{" "}
                            <bdi>{fieldValue(change.field, change.from) || "∅"}</bdi> →{" "}
                            <bdi>{fieldValue(change.field, change.to) || "∅"}</bdi>
                          </li>
                        ))}
                      </ul>
                    ) : operation.type === "status" ? (
                      <div className="space-y-1" data-testid="import-status-change">
                        <p>
                          <span className="font-medium">{root(`statusField.${operation.field}`)}</span>:{" "}
                          {statusLabel(operation.field, operation.from)} → {statusLabel(operation.field, operation.to)}
                        </p>
                        <p>{t("effectiveOn", { date: formatCalendarDay(format, operation.effectiveOn) })}</p>
                        <p className="whitespace-pre-line">
                          <bdi>{operation.justification}</bdi>
                        </p>
                        {operation.evidenceIds.length + operation.newEvidenceUrls.length > 0 ? (
                          <ul className="list-disc pl-5">
                            {operation.evidenceIds.length > 0 ? (
                              <li>{t("existingEvidence", { count: operation.evidenceIds.length })}</li>
                            ) : null}
                            {operation.newEvidenceUrls.map((url) => (
                              <li key={url} className="break-all">
                                {url}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </div>
                    ) : (
                      <bdi>{operation.fields.title}</bdi>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : plan.errors.length === 0 && plan.missingColumns.length === 0 ? (
        <p>{t("nothingToDo")}</p>
      ) : null}
    </div>
  );
}
