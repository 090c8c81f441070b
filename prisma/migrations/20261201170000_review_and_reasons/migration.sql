-- CreateTable
CREATE TABLE "WorkspaceSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "reviewAssessments" BOOLEAN NOT NULL DEFAULT false,
    "reviewClaims" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StatusProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "toValue" TEXT NOT NULL,
    "effectiveOn" DATETIME NOT NULL,
    "justification" TEXT NOT NULL,
    "reasonCode" TEXT NOT NULL,
    "evidenceIds" TEXT NOT NULL DEFAULT '[]',
    "newEvidence" TEXT NOT NULL DEFAULT '[]',
    "baseVersion" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT NOT NULL,
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "decidedAt" DATETIME,
    "statusChangeId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StatusProposal_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatusProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StatusProposal_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReaderCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReaderCorrection_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- StatusChange is append-only (triggers refuse UPDATE and DELETE, and bump the public data
-- version): columns are added in place so the table and its triggers are never rebuilt.
ALTER TABLE "StatusChange" ADD COLUMN "reasonCode" TEXT NOT NULL DEFAULT 'unspecified';
ALTER TABLE "StatusChange" ADD COLUMN "reviewedById" TEXT;
ALTER TABLE "StatusChange" ADD COLUMN "reviewedAt" DATETIME;
CREATE INDEX "StatusChange_reasonCode_idx" ON "StatusChange"("reasonCode");

-- CreateIndex
CREATE INDEX "StatusProposal_state_createdAt_idx" ON "StatusProposal"("state", "createdAt");

-- CreateIndex
CREATE INDEX "StatusProposal_commitmentId_state_idx" ON "StatusProposal"("commitmentId", "state");

-- CreateIndex
CREATE INDEX "StatusProposal_proposedById_state_idx" ON "StatusProposal"("proposedById", "state");

-- CreateIndex
CREATE INDEX "ReaderCorrection_addressHash_createdAt_idx" ON "ReaderCorrection"("addressHash", "createdAt");

-- CreateIndex
CREATE INDEX "ReaderCorrection_createdAt_idx" ON "ReaderCorrection"("createdAt");

-- CreateIndex
CREATE INDEX "ReaderCorrection_state_createdAt_idx" ON "ReaderCorrection"("state", "createdAt");

