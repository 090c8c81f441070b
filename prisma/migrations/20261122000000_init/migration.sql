-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "responsibleBody" TEXT NOT NULL,
    "firstStatedOn" DATETIME,
    "targetDate" DATETIME,
    "officialClaim" TEXT NOT NULL DEFAULT 'NO_CLAIM',
    "claimSince" DATETIME,
    "assessment" TEXT NOT NULL DEFAULT 'NOT_ASSESSED',
    "assessmentSince" DATETIME,
    "lastVerifiedOn" DATETIME,
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "isArchived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Instrument" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CommitmentInstrument" (
    "commitmentId" TEXT NOT NULL,
    "instrumentCode" TEXT NOT NULL,

    PRIMARY KEY ("commitmentId", "instrumentCode"),
    CONSTRAINT "CommitmentInstrument_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommitmentInstrument_instrumentCode_fkey" FOREIGN KEY ("instrumentCode") REFERENCES "Instrument" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "publishedOn" DATETIME,
    "dateNote" TEXT,
    "url" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'ARTICLE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Quote_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT NOT NULL,
    "toValue" TEXT NOT NULL,
    "effectiveOn" DATETIME NOT NULL,
    "justification" TEXT NOT NULL,
    "recordedById" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatusChange_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" DATETIME,
    "kind" TEXT NOT NULL DEFAULT 'OTHER',
    "note" TEXT,
    "addedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Evidence_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatusChangeEvidence" (
    "statusChangeId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,

    PRIMARY KEY ("statusChangeId", "evidenceId"),
    CONSTRAINT "StatusChangeEvidence_statusChangeId_fkey" FOREIGN KEY ("statusChangeId") REFERENCES "StatusChange" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StatusChangeEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'EDITOR',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
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
CREATE INDEX "Evidence_commitmentId_idx" ON "Evidence"("commitmentId");

-- CreateIndex
CREATE INDEX "StatusChangeEvidence_evidenceId_idx" ON "StatusChangeEvidence"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");


-- History and audit rows are append-only: the database itself refuses to change or delete
-- them, whatever code (or person with a SQL shell) tries.
CREATE TRIGGER "StatusChange_no_update" BEFORE UPDATE ON "StatusChange"
BEGIN SELECT RAISE(ABORT, 'StatusChange rows are append-only'); END;
CREATE TRIGGER "StatusChange_no_delete" BEFORE DELETE ON "StatusChange"
BEGIN SELECT RAISE(ABORT, 'StatusChange rows are append-only'); END;
CREATE TRIGGER "StatusChangeEvidence_no_update" BEFORE UPDATE ON "StatusChangeEvidence"
BEGIN SELECT RAISE(ABORT, 'StatusChangeEvidence rows are append-only'); END;
CREATE TRIGGER "StatusChangeEvidence_no_delete" BEFORE DELETE ON "StatusChangeEvidence"
BEGIN SELECT RAISE(ABORT, 'StatusChangeEvidence rows are append-only'); END;
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'AuditEvent rows are append-only'); END;
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'AuditEvent rows are append-only'); END;
