-- Commitments in three languages: the source language of title/summary, and translations.
-- AlterTable (ADD COLUMN keeps the table, its history links and triggers in place)
ALTER TABLE "Commitment" ADD COLUMN "sourceLocale" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "CommitmentTranslation" (
    "commitmentId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("commitmentId", "locale"),
    CONSTRAINT "CommitmentTranslation_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
