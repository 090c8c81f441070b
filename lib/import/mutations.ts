import "server-only";
import { guessTextLocale } from "@/lib/commitments/localize";
import { requestCaptures } from "@/lib/evidence/capture/on-save";
import { db } from "@/lib/db/client";
import { refreshPlannerStatisticsQuietly } from "@/lib/db/statistics";
import { auditEvent } from "@/lib/audit/event";
import { createCommitmentInTransaction, updateCommitmentInTransaction } from "@/lib/commitments/mutations";
import { recordStatusChangeInTransaction } from "@/lib/statuses/mutations";
import { getReviewSettings } from "@/lib/review/data";
import { createProposalInTransaction } from "@/lib/review/mutations";
import { RollbackWith } from "@/lib/operations/result";
import type { ImportKind, UploadKind } from "./columns";
import type { ImportPlan, PlannedOperation } from "./plan";
import { message } from "@/lib/forms/messages";
import { currentInstant, today } from "@/lib/calendar";
import { UNSPECIFIED_REASON } from "@/lib/statuses/reasons";

/** Keeps an uploaded file between its preview and the editor's confirmation. */
export async function saveImportDraft(
  input: { kind: ImportKind | UploadKind; fileName: string; content: string; parsed: string; note: string | null },
  actorId: string,
) {
  return db.importDraft.create({ data: { ...input, createdById: actorId }, select: { id: true } });
}

/** One record an applied import wrote, and what it did to it (in file order, each record once); `proposals`, how many proposals it made for the record. */
export type AppliedRecord = {
  id: string;
  actions: ("create" | "update" | "status" | "proposal")[];
  proposals?: number;
};

export type ApplyOutcome =
  | { isApplied: true; created: number; updated: number; statusChanges: number; proposals: number }
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

type StatusOperation = Extract<PlannedOperation, { type: "status" }>;

/** A planned status row as the status and proposal cores take it (the version is the caller's). */
const statusRecord = (operation: StatusOperation) => ({
  commitmentId: operation.commitmentId,
  field: operation.field,
  to: operation.to,
  effectiveOn: operation.effectiveOn,
  justification: operation.justification,
  reasonCode: operation.reasonCode,
  evidenceIds: operation.evidenceIds,
  newEvidence: operation.newEvidenceUrls.map((url) => ({ url, title: url })),
});

/** A core's refusal of one rule, as the failure of the row (one message token, shown in the reader's language). */
function asRowFailure(error: unknown, rowNumber: number): unknown {
  if (error instanceof RollbackWith && error.result.ok === false && error.result.kind === "invalid") {
    return new ImportRowFailure(rowNumber, Object.values(error.result.fieldErrors)[0] ?? message("importHasErrors"));
  }
  return error;
}

/**
 * Applies a previewed plan in ONE transaction, through the same transaction cores as the forms
 * (validation, evidence rule, optimistic versions, history rows, audit events). A status row for a
 * field under review becomes a proposal by the importing editor (createProposalInTransaction), as
 * the form would make it. Any failure, on any row, rolls everything back: the import is all or nothing.
 */
export async function applyImportPlan(plan: ImportPlan, draftId: string, actorId: string): Promise<ApplyOutcome> {
  if (plan.errors.length > 0 || plan.missingColumns.length > 0)
    return { isApplied: false, rowNumber: plan.errors[0]?.rowNumber ?? 1, message: message("importHasErrors") };
  try {
    const outcome = await db.$transaction(
      async (tx) => {
        // Each write bumps a commitment's version; later rows on the same commitment expect that.
        const versions = new Map<string, number>();
        const expected = (operation: Extract<PlannedOperation, { version: number }>) =>
          versions.get(operation.commitmentId) ?? operation.version;
        let created = 0;
        let updated = 0;
        let statusChanges = 0;
        let proposals = 0;
        const proposalRows: StatusOperation[] = [];
        // With claim review on, a new record's claim is not published by the importer alone: the
        // record is created without one and its claim becomes a proposal (as commitment.create does).
        const claimProposals: { commitmentId: string; rowNumber: number; record: ReturnType<typeof statusRecord> }[] =
          [];
        const touched = new Map<string, AppliedRecord>();
        const touch = (id: string, action: AppliedRecord["actions"][number]) => {
          const record = touched.get(id) ?? { id, actions: [] };
          if (!record.actions.includes(action)) record.actions.push(action);
          touched.set(id, record);
        };
        for (const operation of plan.operations) {
          try {
            if (operation.type === "create") {
              const isClaimProposed = plan.review.reviewClaims && operation.officialClaim !== "NO_CLAIM";
              const createdRecord = await createCommitmentInTransaction(
                tx,
                {
                  ...operation.fields,
                  slug: operation.slug,
                  // The file has no language column: its script tells Kazakh, Russian and English apart.
                  sourceLocale: guessTextLocale(`${operation.fields.title} ${operation.fields.summary}`),
                  officialClaim: isClaimProposed ? "NO_CLAIM" : operation.officialClaim,
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
              if (isClaimProposed) {
                claimProposals.push({
                  commitmentId: createdRecord.id,
                  rowNumber: operation.rowNumber,
                  record: {
                    commitmentId: createdRecord.id,
                    field: "OFFICIAL_CLAIM",
                    to: operation.officialClaim,
                    effectiveOn: operation.fields.firstStatedOn ?? today(),
                    justification: operation.quote.text,
                    reasonCode: UNSPECIFIED_REASON,
                    evidenceIds: [],
                    newEvidence: [],
                  },
                });
                touch(createdRecord.id, "proposal");
                const record = touched.get(createdRecord.id);
                if (record) record.proposals = (record.proposals ?? 0) + 1;
                proposals += 1;
              }
            } else if (operation.type === "update") {
              const version = expected(operation);
              const result = await updateCommitmentInTransaction(
                tx,
                { ...operation.fields, commitmentId: operation.commitmentId, version, slug: undefined },
                actorId,
              );
              if (!result) throw new ImportRowFailure(operation.rowNumber, STALE);
              versions.set(operation.commitmentId, version + 1);
              touch(operation.commitmentId, "update");
              updated += 1;
            } else if (operation.isProposal) {
              // Made after the file's public changes (below): those may step the record's version,
              // and a proposal must be against the version it will find, or it is stale at once.
              proposalRows.push(operation);
              touch(operation.commitmentId, "proposal");
              const record = touched.get(operation.commitmentId);
              if (record) record.proposals = (record.proposals ?? 0) + 1;
              proposals += 1;
            } else {
              const version = expected(operation);
              const changeId = await recordStatusChangeInTransaction(
                tx,
                { ...statusRecord(operation), version },
                actorId,
              );
              if (!changeId) throw new ImportRowFailure(operation.rowNumber, STALE);
              versions.set(operation.commitmentId, version + 1);
              touch(operation.commitmentId, "status");
              statusChanges += 1;
            }
          } catch (error) {
            throw asRowFailure(error, operation.rowNumber);
          }
        }
        for (const operation of proposalRows) {
          try {
            // A proposal does not step the record's version: later rows still expect the current one.
            const proposalId = await createProposalInTransaction(
              tx,
              { ...statusRecord(operation), version: expected(operation) },
              actorId,
            );
            if (!proposalId) throw new ImportRowFailure(operation.rowNumber, STALE);
          } catch (error) {
            throw asRowFailure(error, operation.rowNumber);
          }
        }
        for (const claim of claimProposals) {
          try {
            const { version } = await tx.commitment.findUniqueOrThrow({
              where: { id: claim.commitmentId },
              select: { version: true },
            });
            const proposalId = await createProposalInTransaction(tx, { ...claim.record, version }, actorId);
            if (!proposalId) throw new ImportRowFailure(claim.rowNumber, STALE);
          } catch (error) {
            throw asRowFailure(error, claim.rowNumber);
          }
        }
        // What the preview promised (which rows become proposals) must still hold inside the transaction.
        const review = await getReviewSettings(tx);
        if (
          review.reviewAssessments !== plan.review.reviewAssessments ||
          review.reviewClaims !== plan.review.reviewClaims
        ) {
          throw new ImportRowFailure(plan.operations[0]?.rowNumber ?? 1, message("importReviewChanged"));
        }
        await tx.importDraft.update({
          where: { id: draftId },
          data: { appliedAt: currentInstant(), applied: JSON.stringify([...touched.values()]) },
        });
        await tx.auditEvent.create({
          data: auditEvent("import.apply", "ImportDraft", draftId, actorId, null, {
            kind: plan.kind,
            created,
            updated,
            statusChanges,
            proposals,
            unchanged: plan.unchanged.length,
          }),
        });
        return { isApplied: true as const, created, updated, statusChanges, proposals };
      },
      // A large file is many statements; SQLite holds the write lock for all of them at once.
      { maxWait: 15_000, timeout: 120_000 },
    );
    // Evidence links the import added are captured in the background, after the commit.
    requestCaptures();
    await refreshPlannerStatisticsQuietly(db);
    return outcome;
  } catch (error) {
    if (error instanceof ImportRowFailure)
      return { isApplied: false, rowNumber: error.rowNumber, message: error.message };
    throw error;
  }
}
