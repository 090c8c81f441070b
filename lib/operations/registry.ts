import "server-only";
import { z } from "zod";
import {
  editSource,
  saveCommitmentTranslation,
  setCommitmentArchived,
  setCommitmentPublication,
  updateCommitment,
} from "@/lib/commitments/mutations";
import {
  addQuoteSchema,
  archiveSchema,
  createCommitmentSchema,
  editSourceSchema,
  publicationSchema,
  removeQuoteSchema,
  translationSchema,
  updateCommitmentSchema,
} from "@/lib/commitments/schema";
import { addEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema, editEvidenceSchema, removeEvidenceSchema } from "@/lib/evidence/schema";
import { markCommitmentVerified } from "@/lib/statuses/mutations";
import {
  submitEvidenceEdit,
  submitEvidenceRemoval,
  submitNewCommitment,
  submitQuoteAddition,
  submitQuoteRemoval,
  updateCommitmentStatus,
} from "@/lib/publishing/mutations";
import { approveChangeProposal, approveProposal } from "@/lib/publishing/approve-mutations";
import { markVerifiedSchema, statusUpdateSchema } from "@/lib/statuses/schema";
import {
  changeOwnPassword,
  changeUserRole,
  inviteUser,
  resetUserPassword,
  setMailLanguage,
  setUserActive,
  signOutEverywhere,
} from "@/lib/users/mutations";
import {
  changeOwnPasswordSchema,
  changeRoleSchema,
  inviteUserSchema,
  mailLanguageSchema,
  setActiveSchema,
  userIdSchema,
} from "@/lib/users/schema";
import { createBody, updateBody } from "@/lib/bodies/mutations";
import { createBodySchema, updateBodySchema } from "@/lib/bodies/schema";
import { createWebhook, removeWebhook } from "@/lib/webhooks/mutations";
import { createWebhookSchema, removeWebhookSchema } from "@/lib/webhooks/schema";
import { returnProposal, updateReviewSettings } from "@/lib/review/mutations";
import { returnChangeProposal } from "@/lib/review/change-mutations";
import { approveProposalSchema, returnProposalSchema, settingsUpdateSchema } from "@/lib/review/schema";
import {
  correctionToEvidence,
  discardCorrection,
  forgetCorrectionEmail,
  handleCorrection,
} from "@/lib/corrections/mutations";
import {
  correctionIdSchema,
  correctionToEvidenceSchema,
  discardCorrectionSchema,
  handleCorrectionSchema,
} from "@/lib/corrections/schema";
import {
  deleteRecommendation,
  linkRecommendation,
  unlinkRecommendation,
  updateRecommendation,
} from "@/lib/recommendations/mutations";
import { deleteRecommendationSchema, linkSchema, updateRecommendationSchema } from "@/lib/recommendations/schema";
import { updateSdgTarget } from "@/lib/sdg-targets/mutations";
import { updateSdgTargetSchema } from "@/lib/sdg-targets/schema";
import { dismissSuggestion, linkRecommendations } from "@/lib/linking/mutations";
import { bulkLinkSchema, dismissSuggestionSchema } from "@/lib/linking/schema";
import { updateVocabularyTerm } from "@/lib/vocabularies/mutations";
import { updateVocabularyTermSchema } from "@/lib/vocabularies/schema";
import { defineOperation } from "./execute";

/**
 * Every write of the editor workspace, by name, with the permission it needs to be submitted.
 * Server actions call these through executeOperation; POST /api/manage/<name> exposes the same ones
 * to scripts. Public changes go through lib/publishing, which decides whether they are published at
 * once or become proposals (lib/publishing/policy.ts).
 */
export const OPERATIONS = {
  "commitment.create": defineOperation({
    permission: "commitment:create",
    schema: createCommitmentSchema,
    run: (input, actor) => submitNewCommitment(input, actor.id),
  }),
  "commitment.update": defineOperation({
    permission: "commitment:update",
    schema: updateCommitmentSchema,
    run: (input, actor) => updateCommitment(input, actor.id),
  }),
  "commitment.publication": defineOperation({
    permission: "commitment:publish",
    schema: publicationSchema,
    run: (input, actor) => setCommitmentPublication(input, actor.id),
  }),
  "commitment.archive": defineOperation({
    permission: "commitment:archive",
    schema: archiveSchema,
    run: (input, actor) => setCommitmentArchived(input, actor.id),
  }),
  "commitment.translate": defineOperation({
    permission: "commitment:update",
    schema: translationSchema,
    run: (input, actor) => saveCommitmentTranslation(input, actor.id),
  }),
  "quote.add": defineOperation({
    permission: "quote:manage",
    schema: addQuoteSchema,
    run: (input, actor) => submitQuoteAddition(input, actor.id),
  }),
  "quote.remove": defineOperation({
    permission: "quote:manage",
    schema: removeQuoteSchema,
    run: (input, actor) => submitQuoteRemoval(input, actor.id),
  }),
  "source.edit": defineOperation({
    permission: "commitment:update",
    schema: editSourceSchema,
    run: (input, actor) => editSource(input, actor.id),
  }),
  "status.update": defineOperation({
    permission: "status:update",
    schema: statusUpdateSchema,
    run: (input, actor) => updateCommitmentStatus(input, actor.id),
  }),
  "status.approve": defineOperation({
    permission: "status:review",
    schema: approveProposalSchema,
    run: (input, actor) => approveProposal(input, actor.id),
  }),
  "status.return": defineOperation({
    permission: "status:review",
    schema: returnProposalSchema,
    run: (input, actor) => returnProposal(input, actor.id),
  }),
  "change.approve": defineOperation({
    permission: "status:review",
    schema: approveProposalSchema,
    run: (input, actor) => approveChangeProposal(input, actor.id),
  }),
  "change.return": defineOperation({
    permission: "status:review",
    schema: returnProposalSchema,
    run: (input, actor) => returnChangeProposal(input, actor.id),
  }),
  "status.verify": defineOperation({
    permission: "status:verify",
    schema: markVerifiedSchema,
    run: (input, actor) => markCommitmentVerified(input, actor.id),
  }),
  "evidence.add": defineOperation({
    permission: "evidence:manage",
    schema: addEvidenceSchema,
    run: (input, actor) => addEvidence(input, actor.id),
  }),
  "evidence.edit": defineOperation({
    permission: "evidence:manage",
    schema: editEvidenceSchema,
    run: (input, actor) => submitEvidenceEdit(input, actor.id),
  }),
  "evidence.remove": defineOperation({
    permission: "evidence:manage",
    schema: removeEvidenceSchema,
    run: (input, actor) => submitEvidenceRemoval(input, actor.id),
  }),
  "correction.handle": defineOperation({
    permission: "correction:moderate",
    schema: handleCorrectionSchema,
    run: (input, actor) => handleCorrection(input, actor.id),
  }),
  "correction.to-evidence": defineOperation({
    permission: "correction:moderate",
    schema: correctionToEvidenceSchema,
    run: (input, actor) => correctionToEvidence(input, actor.id),
  }),
  "correction.discard": defineOperation({
    permission: "correction:moderate",
    schema: discardCorrectionSchema,
    run: (input, actor) => discardCorrection(input, actor.id),
  }),
  "correction.forget-email": defineOperation({
    permission: "correction:moderate",
    schema: correctionIdSchema,
    run: (input, actor) => forgetCorrectionEmail(input, actor.id),
  }),
  "settings.update": defineOperation({
    permission: "settings:manage",
    schema: settingsUpdateSchema,
    run: (input, actor) => updateReviewSettings(input, actor.id),
  }),
  "user.invite": defineOperation({
    permission: "user:manage",
    schema: inviteUserSchema,
    run: (input, actor) => inviteUser(input, actor.id),
  }),
  "user.change-role": defineOperation({
    permission: "user:manage",
    schema: changeRoleSchema,
    run: (input, actor) => changeUserRole(input, actor.id),
  }),
  "user.set-active": defineOperation({
    permission: "user:manage",
    schema: setActiveSchema,
    run: (input, actor) => setUserActive(input, actor.id),
  }),
  "user.reset-password": defineOperation({
    permission: "user:manage",
    schema: userIdSchema,
    run: (input, actor) => resetUserPassword(input.userId, actor.id),
  }),
  "user.sign-out-everywhere": defineOperation({
    permission: "user:manage",
    schema: userIdSchema,
    run: (input, actor) => signOutEverywhere(input.userId, actor.id),
  }),
  "body.create": defineOperation({
    permission: "body:manage",
    schema: createBodySchema,
    run: (input, actor) => createBody(input, actor.id),
  }),
  "body.update": defineOperation({
    permission: "body:manage",
    schema: updateBodySchema,
    run: (input, actor) => updateBody(input, actor.id),
  }),
  "webhook.create": defineOperation({
    permission: "webhook:manage",
    schema: createWebhookSchema,
    run: (input, actor) => createWebhook(input, actor.id),
  }),
  "webhook.remove": defineOperation({
    permission: "webhook:manage",
    schema: removeWebhookSchema,
    run: (input, actor) => removeWebhook(input, actor.id),
  }),
  "recommendation.link": defineOperation({
    permission: "commitment:update",
    schema: linkSchema,
    run: (input, actor) => linkRecommendation(input, actor.id),
  }),
  "recommendation.link-many": defineOperation({
    permission: "commitment:update",
    schema: bulkLinkSchema,
    run: (input, actor) => linkRecommendations(input, actor.id),
  }),
  "suggestion.dismiss": defineOperation({
    permission: "commitment:update",
    schema: dismissSuggestionSchema,
    run: (input, actor) => dismissSuggestion(input, actor.id),
  }),
  "recommendation.unlink": defineOperation({
    permission: "commitment:update",
    schema: linkSchema,
    run: (input, actor) => unlinkRecommendation(input, actor.id),
  }),
  "recommendation.update": defineOperation({
    permission: "commitment:update",
    schema: updateRecommendationSchema,
    run: (input, actor) => updateRecommendation(input, actor.id),
  }),
  "recommendation.delete": defineOperation({
    permission: "commitment:update",
    schema: deleteRecommendationSchema,
    run: (input, actor) => deleteRecommendation(input, actor.id),
  }),
  "sdgTarget.update": defineOperation({
    permission: "commitment:update",
    schema: updateSdgTargetSchema,
    run: (input, actor) => updateSdgTarget(input, actor.id),
  }),
  "vocabularyTerm.update": defineOperation({
    permission: "commitment:update",
    schema: updateVocabularyTermSchema,
    run: (input, actor) => updateVocabularyTerm(input, actor.id),
  }),
  "account.change-password": defineOperation({
    permission: "account:manage-own",
    schema: changeOwnPasswordSchema,
    run: (input, actor) => changeOwnPassword(actor.id, input),
  }),
  "account.mail-language": defineOperation({
    permission: "account:manage-own",
    schema: mailLanguageSchema,
    run: (input, actor) => setMailLanguage(actor.id, input),
  }),
  "account.sign-out-everywhere": defineOperation({
    permission: "account:manage-own",
    schema: z.object({}),
    run: (_input, actor) => signOutEverywhere(actor.id, actor.id),
  }),
};

export type OperationName = keyof typeof OPERATIONS;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(OPERATIONS, name);
}
