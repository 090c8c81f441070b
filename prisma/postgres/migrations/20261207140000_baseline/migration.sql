-- The PostgreSQL baseline: prisma/postgres/schema.prisma (rendered from prisma/schema.prisma) as of the SQLite
-- migration 20261207140000_names_reviewed, written by
-- `prisma migrate diff --from-empty --to-schema-datamodel prisma/postgres/schema.prisma --script`.

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OfficialClaim" AS ENUM ('NO_CLAIM', 'ANNOUNCED', 'PLANNED', 'IN_PROGRESS', 'ADOPTED');

-- CreateEnum
CREATE TYPE "Assessment" AS ENUM ('NOT_ASSESSED', 'NOT_STARTED', 'IN_PROGRESS', 'STALLED', 'PARTIALLY_IMPLEMENTED', 'IMPLEMENTED', 'REVERSED');

-- CreateEnum
CREATE TYPE "StatusField" AS ENUM ('ASSESSMENT', 'OFFICIAL_CLAIM');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('LAW_TEXT', 'OFFICIAL_STATEMENT', 'UN_DOCUMENT', 'NGO_REPORT', 'NEWS', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('ARTICLE', 'SPEECH', 'INTERVIEW', 'DECREE', 'REPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'REVIEWER', 'CONTRIBUTOR');

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "responsibleBody" TEXT NOT NULL,
    "firstStatedOn" TIMESTAMP(3),
    "targetDate" TIMESTAMP(3),
    "officialClaim" "OfficialClaim" NOT NULL DEFAULT 'NO_CLAIM',
    "claimSince" TIMESTAMP(3),
    "assessment" "Assessment" NOT NULL DEFAULT 'NOT_ASSESSED',
    "assessmentSince" TIMESTAMP(3),
    "lastVerifiedOn" TIMESTAMP(3),
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "firstPublishedAt" TIMESTAMP(3),
    "isArchived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "sourceLocale" TEXT NOT NULL DEFAULT 'en',

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponsibleBody" (
    "key" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResponsibleBody_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Instrument" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameRu" TEXT,
    "nameKk" TEXT,

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CommitmentInstrument" (
    "commitmentId" TEXT NOT NULL,
    "instrumentCode" TEXT NOT NULL,

    CONSTRAINT "CommitmentInstrument_pkey" PRIMARY KEY ("commitmentId","instrumentCode")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "publishedOn" TIMESTAMP(3),
    "dateNote" TEXT,
    "url" TEXT,
    "kind" "SourceKind" NOT NULL DEFAULT 'ARTICLE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "field" "StatusField" NOT NULL,
    "fromValue" TEXT NOT NULL,
    "toValue" TEXT NOT NULL,
    "effectiveOn" TIMESTAMP(3) NOT NULL,
    "justification" TEXT NOT NULL,
    "reasonCode" TEXT NOT NULL DEFAULT 'unspecified',
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" TIMESTAMP(3),
    "kind" "EvidenceKind" NOT NULL DEFAULT 'OTHER',
    "note" TEXT,
    "addedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "removedAt" TIMESTAMP(3),
    "removedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceCapture" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT,
    "trigger" TEXT NOT NULL,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "contentType" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "title" TEXT,
    "text" TEXT,
    "textSha256" TEXT,
    "capturedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceCapture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceCheck" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,
    "isReachable" BOOLEAN NOT NULL,
    "httpStatus" INTEGER,
    "reason" TEXT,
    "textSha256" TEXT,
    "linkStatus" TEXT NOT NULL,

    CONSTRAINT "EvidenceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceWatch" (
    "evidenceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "captureDueAt" TIMESTAMP(3),
    "captureAttempts" INTEGER NOT NULL DEFAULT 0,
    "linkStatus" TEXT,
    "failedChecks" INTEGER NOT NULL DEFAULT 0,
    "lastCheckedAt" TIMESTAMP(3),
    "nextCheckAt" TIMESTAMP(3),

    CONSTRAINT "EvidenceWatch_pkey" PRIMARY KEY ("evidenceId")
);

-- CreateTable
CREATE TABLE "StatusChangeEvidence" (
    "statusChangeId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "StatusChangeEvidence_pkey" PRIMARY KEY ("statusChangeId","evidenceId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "mailLocale" TEXT NOT NULL DEFAULT 'ru',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "verifiedOn" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "isSuccess" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppMeta_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CommitmentTranslation" (
    "commitmentId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitmentTranslation_pkey" PRIMARY KEY ("commitmentId","locale")
);

-- CreateTable
CREATE TABLE "ImportDraft" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "parsed" TEXT,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),
    "applied" TEXT,

    CONSTRAINT "ImportDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicDataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "epoch" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicDataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "target" TEXT NOT NULL DEFAULT '',
    "frequency" TEXT NOT NULL,
    "tokenSalt" TEXT NOT NULL,
    "confirmTokenHash" TEXT NOT NULL,
    "unsubscribeTokenHash" TEXT NOT NULL,
    "confirmationSentAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "digestCursor" TIMESTAMP(3),
    "lastDigestOn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'status-change',
    "subjectId" TEXT NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fannedOutAt" TIMESTAMP(3),

    CONSTRAINT "NotificationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "eventId" TEXT,
    "subscriptionId" TEXT,
    "webhookId" TEXT,
    "userId" TEXT,
    "payload" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "reviewAssessments" BOOLEAN NOT NULL DEFAULT false,
    "reviewClaims" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkspaceSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusProposal" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "field" "StatusField" NOT NULL,
    "toValue" TEXT NOT NULL,
    "effectiveOn" TIMESTAMP(3) NOT NULL,
    "justification" TEXT NOT NULL,
    "reasonCode" TEXT NOT NULL,
    "evidenceIds" TEXT NOT NULL DEFAULT '[]',
    "newEvidence" TEXT NOT NULL DEFAULT '[]',
    "baseVersion" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT NOT NULL,
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "decidedAt" TIMESTAMP(3),
    "statusChangeId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatusProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeProposal" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "targetId" TEXT,
    "targetVersion" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "replaces" TEXT NOT NULL DEFAULT 'null',
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT NOT NULL,
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChangeProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReaderCorrection" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "url" TEXT,
    "email" TEXT,
    "addressHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'NEW',
    "discardReason" TEXT,
    "evidenceId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReaderCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mechanism" (
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "instrumentCode" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Mechanism_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "SdgTarget" (
    "code" TEXT NOT NULL,
    "goal" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SdgTarget_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "mechanismCode" TEXT NOT NULL,
    "cycle" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "paragraph" TEXT NOT NULL,
    "recommendingState" TEXT NOT NULL DEFAULT '',
    "recommendingStateCodes" TEXT NOT NULL DEFAULT '',
    "stateUnderReview" TEXT NOT NULL DEFAULT 'KZ',
    "identityKey" TEXT NOT NULL,
    "textKey" TEXT,
    "sdgGoals" TEXT NOT NULL DEFAULT '',
    "actionCategory" INTEGER,
    "text" TEXT NOT NULL,
    "textLocale" TEXT NOT NULL DEFAULT 'en',
    "textEn" TEXT,
    "textRu" TEXT,
    "textKk" TEXT,
    "issuedOn" TIMESTAMP(3),
    "response" TEXT NOT NULL DEFAULT 'NONE',
    "affectedGroups" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "importDraftId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationFacet" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RecommendationFacet_pkey" PRIMARY KEY ("facet","value")
);

-- CreateTable
CREATE TABLE "RecommendationTheme" (
    "recommendationId" TEXT NOT NULL,
    "theme" TEXT NOT NULL,

    CONSTRAINT "RecommendationTheme_pkey" PRIMARY KEY ("recommendationId","theme")
);

-- CreateTable
CREATE TABLE "RecommendationSdgTarget" (
    "recommendationId" TEXT NOT NULL,
    "targetCode" TEXT NOT NULL,

    CONSTRAINT "RecommendationSdgTarget_pkey" PRIMARY KEY ("recommendationId","targetCode")
);

-- CreateTable
CREATE TABLE "CommitmentRecommendation" (
    "commitmentId" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "linkedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentRecommendation_pkey" PRIMARY KEY ("commitmentId","recommendationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_slug_key" ON "Commitment"("slug");

-- CreateIndex
CREATE INDEX "Commitment_isPublished_isArchived_updatedAt_idx" ON "Commitment"("isPublished", "isArchived", "updatedAt");

-- CreateIndex
CREATE INDEX "Commitment_category_idx" ON "Commitment"("category");

-- CreateIndex
CREATE INDEX "Commitment_assessment_idx" ON "Commitment"("assessment");

-- CreateIndex
CREATE INDEX "Commitment_responsibleBody_idx" ON "Commitment"("responsibleBody");

-- CreateIndex
CREATE INDEX "CommitmentInstrument_instrumentCode_idx" ON "CommitmentInstrument"("instrumentCode");

-- CreateIndex
CREATE INDEX "Quote_commitmentId_position_idx" ON "Quote"("commitmentId", "position");

-- CreateIndex
CREATE INDEX "Quote_sourceId_idx" ON "Quote"("sourceId");

-- CreateIndex
CREATE INDEX "StatusChange_commitmentId_effectiveOn_idx" ON "StatusChange"("commitmentId", "effectiveOn");

-- CreateIndex
CREATE INDEX "StatusChange_effectiveOn_idx" ON "StatusChange"("effectiveOn");

-- CreateIndex
CREATE INDEX "StatusChange_recordedAt_idx" ON "StatusChange"("recordedAt");

-- CreateIndex
CREATE INDEX "StatusChange_reasonCode_idx" ON "StatusChange"("reasonCode");

-- CreateIndex
CREATE INDEX "Evidence_commitmentId_idx" ON "Evidence"("commitmentId");

-- CreateIndex
CREATE INDEX "EvidenceCapture_evidenceId_capturedAt_idx" ON "EvidenceCapture"("evidenceId", "capturedAt");

-- CreateIndex
CREATE INDEX "EvidenceCapture_sha256_idx" ON "EvidenceCapture"("sha256");

-- CreateIndex
CREATE INDEX "EvidenceCheck_evidenceId_checkedAt_idx" ON "EvidenceCheck"("evidenceId", "checkedAt");

-- CreateIndex
CREATE INDEX "EvidenceWatch_captureDueAt_idx" ON "EvidenceWatch"("captureDueAt");

-- CreateIndex
CREATE INDEX "EvidenceWatch_nextCheckAt_idx" ON "EvidenceWatch"("nextCheckAt");

-- CreateIndex
CREATE INDEX "EvidenceWatch_linkStatus_idx" ON "EvidenceWatch"("linkStatus");

-- CreateIndex
CREATE INDEX "StatusChangeEvidence_evidenceId_idx" ON "StatusChangeEvidence"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Verification_commitmentId_verifiedOn_idx" ON "Verification"("commitmentId", "verifiedOn");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "ImportDraft_createdById_createdAt_idx" ON "ImportDraft"("createdById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_confirmTokenHash_key" ON "Subscription"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_unsubscribeTokenHash_key" ON "Subscription"("unsubscribeTokenHash");

-- CreateIndex
CREATE INDEX "Subscription_email_confirmationSentAt_idx" ON "Subscription"("email", "confirmationSentAt");

-- CreateIndex
CREATE INDEX "Subscription_confirmedAt_frequency_idx" ON "Subscription"("confirmedAt", "frequency");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_email_scope_target_key" ON "Subscription"("email", "scope", "target");

-- CreateIndex
CREATE INDEX "NotificationEvent_fannedOutAt_createdAt_idx" ON "NotificationEvent"("fannedOutAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationEvent_type_subjectId_key" ON "NotificationEvent"("type", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_dedupeKey_key" ON "Delivery"("dedupeKey");

-- CreateIndex
CREATE INDEX "Delivery_state_nextAttemptAt_idx" ON "Delivery"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_webhookId_createdAt_idx" ON "Delivery"("webhookId", "createdAt");

-- CreateIndex
CREATE INDEX "StatusProposal_state_createdAt_idx" ON "StatusProposal"("state", "createdAt");

-- CreateIndex
CREATE INDEX "StatusProposal_commitmentId_state_idx" ON "StatusProposal"("commitmentId", "state");

-- CreateIndex
CREATE INDEX "StatusProposal_proposedById_state_idx" ON "StatusProposal"("proposedById", "state");

-- CreateIndex
CREATE INDEX "ChangeProposal_state_createdAt_idx" ON "ChangeProposal"("state", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeProposal_commitmentId_state_idx" ON "ChangeProposal"("commitmentId", "state");

-- CreateIndex
CREATE INDEX "ReaderCorrection_addressHash_createdAt_idx" ON "ReaderCorrection"("addressHash", "createdAt");

-- CreateIndex
CREATE INDEX "ReaderCorrection_createdAt_idx" ON "ReaderCorrection"("createdAt");

-- CreateIndex
CREATE INDEX "ReaderCorrection_state_createdAt_idx" ON "ReaderCorrection"("state", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_identityKey_key" ON "Recommendation"("identityKey");

-- CreateIndex
CREATE INDEX "Recommendation_symbol_paragraph_idx" ON "Recommendation"("symbol", "paragraph");

-- CreateIndex
CREATE INDEX "Recommendation_textKey_idx" ON "Recommendation"("textKey");

-- CreateIndex
CREATE INDEX "Recommendation_mechanismCode_cycle_id_idx" ON "Recommendation"("mechanismCode", "cycle", "id");

-- CreateIndex
CREATE INDEX "Recommendation_list_order_idx" ON "Recommendation"("issuedOn" DESC, "symbol", "paragraph", "recommendingState");

-- CreateIndex
CREATE INDEX "Recommendation_mechanism_order_idx" ON "Recommendation"("mechanismCode", "issuedOn" DESC, "symbol", "paragraph", "recommendingState");

-- CreateIndex
CREATE INDEX "Recommendation_cycle_order_idx" ON "Recommendation"("mechanismCode", "cycle", "issuedOn" DESC, "symbol", "paragraph", "recommendingState");

-- CreateIndex
CREATE INDEX "RecommendationTheme_theme_idx" ON "RecommendationTheme"("theme");

-- CreateIndex
CREATE INDEX "RecommendationSdgTarget_targetCode_idx" ON "RecommendationSdgTarget"("targetCode");

-- CreateIndex
CREATE INDEX "CommitmentRecommendation_recommendationId_idx" ON "CommitmentRecommendation"("recommendationId");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_responsibleBody_fkey" FOREIGN KEY ("responsibleBody") REFERENCES "ResponsibleBody"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentInstrument" ADD CONSTRAINT "CommitmentInstrument_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentInstrument" ADD CONSTRAINT "CommitmentInstrument_instrumentCode_fkey" FOREIGN KEY ("instrumentCode") REFERENCES "Instrument"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceCapture" ADD CONSTRAINT "EvidenceCapture_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceCheck" ADD CONSTRAINT "EvidenceCheck_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceWatch" ADD CONSTRAINT "EvidenceWatch_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChangeEvidence" ADD CONSTRAINT "StatusChangeEvidence_statusChangeId_fkey" FOREIGN KEY ("statusChangeId") REFERENCES "StatusChange"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChangeEvidence" ADD CONSTRAINT "StatusChangeEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verification" ADD CONSTRAINT "Verification_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verification" ADD CONSTRAINT "Verification_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentTranslation" ADD CONSTRAINT "CommitmentTranslation_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportDraft" ADD CONSTRAINT "ImportDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusProposal" ADD CONSTRAINT "StatusProposal_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusProposal" ADD CONSTRAINT "StatusProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusProposal" ADD CONSTRAINT "StatusProposal_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeProposal" ADD CONSTRAINT "ChangeProposal_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeProposal" ADD CONSTRAINT "ChangeProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeProposal" ADD CONSTRAINT "ChangeProposal_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReaderCorrection" ADD CONSTRAINT "ReaderCorrection_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_mechanismCode_fkey" FOREIGN KEY ("mechanismCode") REFERENCES "Mechanism"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationTheme" ADD CONSTRAINT "RecommendationTheme_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationSdgTarget" ADD CONSTRAINT "RecommendationSdgTarget_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationSdgTarget" ADD CONSTRAINT "RecommendationSdgTarget_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "SdgTarget"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentRecommendation" ADD CONSTRAINT "CommitmentRecommendation_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentRecommendation" ADD CONSTRAINT "CommitmentRecommendation_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentRecommendation" ADD CONSTRAINT "CommitmentRecommendation_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

