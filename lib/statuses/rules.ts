import "server-only";
import { RollbackWith, invalid } from "@/lib/operations/result";
import { formatCalendarDate } from "@/lib/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceKindKey } from "@/lib/vocabulary";
import { message } from "@/lib/forms/messages";
import { ASSESSMENTS_REQUIRING_EVIDENCE, type StatusUpdateInput } from "./schema";
import type { ReasonCode } from "./reasons";

// The rules of a status change, shared by publishing it (./mutations.ts) and proposing it
// (lib/review/mutations.ts): neither feature imports the other's writes.

/** A status change as the transaction cores take it: the form's input, with any number of new links. */
export type StatusChangeRecord = Omit<
  StatusUpdateInput,
  | "proposalId"
  | "reasonCode"
  | "newEvidenceUrl"
  | "newEvidenceTitle"
  | "newEvidenceKind"
  | "newEvidencePublisher"
  | "newEvidencePublishedOn"
> & {
  newEvidence: NewEvidenceLink[];
  /** Absent (older scripts, tests): "unspecified". */
  reasonCode?: ReasonCode;
};

export type NewEvidenceLink = {
  url: string;
  title: string;
  kind?: EvidenceKindKey;
  publisher?: string | null;
  publishedOn?: Date | null;
};

/** The form's one optional new link as the list the transaction cores take. */
export function newEvidenceOf(input: StatusUpdateInput): NewEvidenceLink[] {
  return input.newEvidenceUrl
    ? [
        {
          url: input.newEvidenceUrl,
          title: input.newEvidenceTitle ?? input.newEvidenceUrl,
          kind: input.newEvidenceKind,
          publisher: input.newEvidencePublisher,
          publishedOn: input.newEvidencePublishedOn ?? null,
        },
      ]
    : [];
}

/**
 * The rules a status change must meet against the record as it is now (shared by publishing and
 * by proposing, so a proposal that could never be approved is refused when it is made): a real
 * change, not dated before the commitment was first stated nor before the field's latest change,
 * cited evidence still on the record, and evidence where the assessment needs it. Throws
 * RollbackWith for the first rule broken.
 */
export async function checkStatusChangeInTransaction(
  tx: Prisma.TransactionClient,
  input: StatusChangeRecord,
): Promise<{ fromValue: string; evidenceIds: string[] }> {
  const before = await tx.commitment.findUniqueOrThrow({
    where: { id: input.commitmentId },
    select: { assessment: true, officialClaim: true, firstStatedOn: true },
  });
  const fromValue = input.field === "ASSESSMENT" ? before.assessment : before.officialClaim;
  if (fromValue === input.to) throw new RollbackWith(invalid({ to: message("statusUnchanged") }));
  // History is a chain (each change starts from the one before), and reports rebuild any past day
  // from it by effective date. A change dated before the latest one would break both, so it is refused.
  // Nor can a commitment's status change before the commitment was first stated.
  if (before.firstStatedOn && input.effectiveOn < before.firstStatedOn) {
    throw new RollbackWith(
      invalid({ effectiveOn: message("effectiveBeforeStated", { date: formatCalendarDate(before.firstStatedOn) }) }),
    );
  }
  const latest = await tx.statusChange.findFirst({
    where: { commitmentId: input.commitmentId, field: input.field },
    orderBy: { effectiveOn: "desc" },
    select: { effectiveOn: true },
  });
  if (latest && input.effectiveOn < latest.effectiveOn) {
    throw new RollbackWith(
      invalid({ effectiveOn: message("effectiveBeforeLatest", { date: formatCalendarDate(latest.effectiveOn) }) }),
    );
  }
  const linked = await tx.evidence.findMany({
    where: { id: { in: input.evidenceIds }, commitmentId: input.commitmentId, removedAt: null },
    select: { id: true },
  });
  if (linked.length !== new Set(input.evidenceIds).size) {
    throw new RollbackWith(invalid({ evidence: message("evidenceGone") }));
  }
  if (
    input.field === "ASSESSMENT" &&
    (ASSESSMENTS_REQUIRING_EVIDENCE as readonly string[]).includes(input.to) &&
    linked.length + input.newEvidence.length === 0
  ) {
    throw new RollbackWith(invalid({ evidence: message("evidenceRequired") }));
  }
  return { fromValue, evidenceIds: linked.map((evidence) => evidence.id) };
}
