import "server-only";
import { guessTextLocale } from "@/lib/commitments/localize";
import { requestCaptures } from "@/lib/evidence/capture/on-save";
import { db } from "@/lib/db/client";
import { refreshPlannerStatisticsQuietly } from "@/lib/db/statistics";
import { auditEvent } from "@/lib/audit/event";
import { createCommitmentInTransaction, updateCommitmentInTransaction } from "@/lib/commitments/mutations";
import { recordStatusChangeInTransaction } from "@/lib/statuses/mutations";
import { isReviewRequired } from "@/lib/review/data";
import { RollbackWith } from "@/lib/manage/result";
import type { ImportKind, UploadKind } from "./columns";
import type { ImportPlan, PlannedOperation } from "./plan";
import { message } from "@/lib/forms/messages";
import { currentInstant } from "@/lib/calendar";

/** Keeps an uploaded file between its preview and the editor's confirmation. */
export async function saveImportDraft(input: { kind: ImportKind | UploadKind; fileName: string; content: string; parsed: string; note: string | null }, actorId: string) {
  return db.importDraft.create({ data: { ...input, createdById: actorId }, select: { id: true } });
}

/** One record an applied import wrote, and what it did to it (in file order, each record once). */
export type AppliedRecord = { id: string; actions: ("create" | "update" | "status")[] };

export type ApplyOutcome =
  | { isApplied: true; created: number; updated: number; statusChanges: number }
  | { isApplied: false; rowNumber: number; message: string };

/** Thrown inside the import transaction: the whole import is rolled back and the row is named. */
class ImportRowFailure extends Error {
  constructor(
    readonly rowNumber: number,
    message: string,
  ) {
    super(message);
  }
}

const STALE = message("importStale");

/**
 * Applies a previewed plan in ONE transaction, through the same transaction cores as the forms
 * (validation, evidence rule, optimistic versions, history rows, audit events). Any failure, on
 * any row, rolls everything back: the import is all or nothing.
 */
export async function applyImportPlan(plan: ImportPlan, draftId: string, actorId: string): Promise<ApplyOutcome> {
  if (plan.errors.length > 0 || plan.missingColumns.length > 0) return { isApplied: false, rowNumber: plan.errors[0]?.rowNumber ?? 1, message: message("importHasErrors") };
  try {
    const outcome = await db.$transaction(
      async (tx) => {
        // Each write bumps a commitment's version; later rows on the same commitment expect that.
        const versions = new Map<string, number>();
        const expected = (operation: Extract<PlannedOperation, { version: number }>) => versions.get(operation.commitmentId) ?? operation.version;
        let created = 0;
        let updated = 0;
        let statusChanges = 0;
        const touched = new Map<string, AppliedRecord>();
        const touch = (id: string, action: AppliedRecord["actions"][number]) => {
          const record = touched.get(id) ?? { id, actions: [] };
          if (!record.actions.includes(action)) record.actions.push(action);
          touched.set(id, record);
        };
        for (const operation of plan.operations) {
          try {
            if (operation.type === "create") {
              const createdRecord = await createCommitmentInTransaction(
                tx,
                {
                  ...operation.fields,
                  slug: operation.slug,
                  // The file has no language column: its script tells Kazakh, Russian and English apart.
                  sourceLocale: guessTextLocale(`${operation.fields.title} ${operation.fields.summary}`),
                  officialClaim: operation.officialClaim,
                  quoteText: operation.quote.text,
                  sourceTitle: operation.quote.sourceTitle,
                  sourceAuthor: operation.quote.sourceAuthor,
                  sourcePublisher: null,
                  sourceUrl: operation.quote.sourceUrl ?? undefined,
                },
                actorId,
                { isSlugExact: true },
              );
              touch(createdRecord.id, "create");
              created += 1;
            } else if (operation.type === "update") {
              const version = expected(operation);
              const result = await updateCommitmentInTransaction(tx, { ...operation.fields, commitmentId: operation.commitmentId, version, slug: undefined }, actorId);
              if (!result) throw new ImportRowFailure(operation.rowNumber, STALE);
              versions.set(operation.commitmentId, version + 1);
              touch(operation.commitmentId, "update");
              updated += 1;
            } else {
              // With review on for this field, a file cannot publish past it: record such changes in the form, as proposals.
              if (await isReviewRequired(tx, operation.field)) throw new ImportRowFailure(operation.rowNumber, message("importNeedsReview"));
              const version = expected(operation);
              const changeId = await recordStatusChangeInTransaction(
                tx,
                {
                  commitmentId: operation.commitmentId,
                  version,
                  field: operation.field,
                  to: operation.to,
                  effectiveOn: operation.effectiveOn,
                  justification: operation.justification,
                  reasonCode: operation.reasonCode,
                  evidenceIds: operation.evidenceIds,
                  newEvidence: operation.newEvidenceUrls.map((url) => ({ url, title: url })),
                },
                actorId,
              );
              if (!changeId) throw new ImportRowFailure(operation.rowNumber, STALE);
              versions.set(operation.commitmentId, version + 1);
              touch(operation.commitmentId, "status");
              statusChanges += 1;
            }
          } catch (error) {
            if (error instanceof RollbackWith && error.result.ok === false && error.result.kind === "invalid") {
              // The cores refuse one rule at a time: one message token, shown in the reader's language.
              throw new ImportRowFailure(operation.rowNumber, Object.values(error.result.fieldErrors)[0] ?? message("importHasErrors"));
            }
            throw error;
          }
        }
        await tx.importDraft.update({ where: { id: draftId }, data: { appliedAt: currentInstant(), applied: JSON.stringify([...touched.values()]) } });
        await tx.auditEvent.create({
          data: auditEvent("import.apply", "ImportDraft", draftId, actorId, null, { kind: plan.kind, created, updated, statusChanges, unchanged: plan.unchanged.length }),
        });
        return { isApplied: true as const, created, updated, statusChanges };
      },
      // A large file is many statements; SQLite holds the write lock for all of them at once.
      { maxWait: 15_000, timeout: 120_000 },
    );
    // Evidence links the import added are captured in the background, after the commit.
    requestCaptures();
    await refreshPlannerStatisticsQuietly(db);
    return outcome;
  } catch (error) {
    if (error instanceof ImportRowFailure) return { isApplied: false, rowNumber: error.rowNumber, message: error.message };
    throw error;
  }
}
