-- Proposals of any public change other than a status (evidence edit/removal, quote addition/removal),
-- made by a role that may not publish it (lib/publishing/policy.ts). Private: no trigger bumps the
-- public data version (lib/public-cache/version.test.ts lists the table as private).

-- CreateTable
CREATE TABLE "ChangeProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "decidedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChangeProposal_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChangeProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChangeProposal_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ChangeProposal_state_createdAt_idx" ON "ChangeProposal"("state", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeProposal_commitmentId_state_idx" ON "ChangeProposal"("commitmentId", "state");
