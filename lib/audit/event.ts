/** The audit rows the app writes: who did what to which record, with before and after snapshots. */
export type AuditEntityType =
  | "Commitment"
  | "Evidence"
  | "User"
  | "Quote"
  | "Source"
  | "StatusChange"
  | "Verification"
  | "ImportDraft"
  | "ResponsibleBody"
  | "Webhook"
  | "WorkspaceSettings"
  | "StatusProposal"
  | "ChangeProposal"
  | "ReaderCorrection"
  | "Recommendation"
  | "SdgTarget"
  | "VocabularyTerm";

/** Builds an AuditEvent row; snapshots are stored as JSON (never password hashes). */
export function auditEvent(
  action: string,
  entityType: AuditEntityType,
  entityId: string,
  actorId: string | null,
  before: unknown = null,
  after: unknown = null,
) {
  return {
    action,
    entityType,
    entityId,
    actorId,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  };
}
