-- Command-line imports applied in resumable batches (issue 24): a plain table, no triggers.

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "ImportRun_fileHash_finishedAt_idx" ON "ImportRun"("fileHash", "finishedAt");
