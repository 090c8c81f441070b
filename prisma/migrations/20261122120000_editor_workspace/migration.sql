-- Editor workspace: sign-in throttling, verifications, evidence removal and versioning,
-- and the first-publication date that freezes a commitment's slug.
-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN "firstPublishedAt" DATETIME;

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "verifiedOn" DATETIME NOT NULL,
    "note" TEXT NOT NULL,
    "recordedById" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Verification_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Verification_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "isSuccess" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- AlterTable (ADD COLUMN keeps the table and its history links in place)
ALTER TABLE "Evidence" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Evidence" ADD COLUMN "removedAt" DATETIME;
ALTER TABLE "Evidence" ADD COLUMN "removedById" TEXT;

-- CreateIndex
CREATE INDEX "Verification_commitmentId_verifiedOn_idx" ON "Verification"("commitmentId", "verifiedOn");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");


-- Verifications are history too: the database refuses to change or delete them.
CREATE TRIGGER "Verification_no_update" BEFORE UPDATE ON "Verification"
BEGIN SELECT RAISE(ABORT, 'Verification rows are append-only'); END;
CREATE TRIGGER "Verification_no_delete" BEFORE DELETE ON "Verification"
BEGIN SELECT RAISE(ABORT, 'Verification rows are append-only'); END;
