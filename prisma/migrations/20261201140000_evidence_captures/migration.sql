-- CreateTable
CREATE TABLE "EvidenceCapture" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "capturedAt" DATETIME NOT NULL,
    CONSTRAINT "EvidenceCapture_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "evidenceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "checkedAt" DATETIME NOT NULL,
    "isReachable" BOOLEAN NOT NULL,
    "httpStatus" INTEGER,
    "reason" TEXT,
    "textSha256" TEXT,
    "linkStatus" TEXT NOT NULL,
    CONSTRAINT "EvidenceCheck_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceWatch" (
    "evidenceId" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "captureDueAt" DATETIME,
    "captureAttempts" INTEGER NOT NULL DEFAULT 0,
    "linkStatus" TEXT,
    "failedChecks" INTEGER NOT NULL DEFAULT 0,
    "lastCheckedAt" DATETIME,
    "nextCheckAt" DATETIME,
    CONSTRAINT "EvidenceWatch_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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


-- Chain of custody: a capture or a check, once written, is never changed or removed.
CREATE TRIGGER "EvidenceCapture_no_update" BEFORE UPDATE ON "EvidenceCapture"
BEGIN SELECT RAISE(ABORT, 'EvidenceCapture rows are append-only'); END;
CREATE TRIGGER "EvidenceCapture_no_delete" BEFORE DELETE ON "EvidenceCapture"
BEGIN SELECT RAISE(ABORT, 'EvidenceCapture rows are append-only'); END;
CREATE TRIGGER "EvidenceCheck_no_update" BEFORE UPDATE ON "EvidenceCheck"
BEGIN SELECT RAISE(ABORT, 'EvidenceCheck rows are append-only'); END;
CREATE TRIGGER "EvidenceCheck_no_delete" BEFORE DELETE ON "EvidenceCheck"
BEGIN SELECT RAISE(ABORT, 'EvidenceCheck rows are append-only'); END;

-- Evidence saved before captures existed is captured by the next worker run.
INSERT INTO "EvidenceWatch" ("evidenceId", "url", "captureDueAt", "captureAttempts", "failedChecks")
SELECT "id", "url", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 0, 0 FROM "Evidence" WHERE "removedAt" IS NULL;
