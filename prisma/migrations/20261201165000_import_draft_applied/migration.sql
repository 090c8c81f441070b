-- What an applied import wrote, so its page can list the records it changed, with links.
-- AlterTable
ALTER TABLE "ImportDraft" ADD COLUMN "applied" TEXT;

