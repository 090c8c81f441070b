-- AlterTable
ALTER TABLE "ImportDraft" ADD COLUMN "parsed" TEXT;

