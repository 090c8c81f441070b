-- Sources can be edited in the workspace; every edit checks and bumps this version.
-- AlterTable
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
