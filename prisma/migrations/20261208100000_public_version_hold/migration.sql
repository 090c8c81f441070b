-- The hold `npm run import` puts on the public data version (lib/db/public-version-hold.ts): while
-- "heldUntilMs" (the database's clock, ms since 1970) is ahead, version readers see "heldVersion";
-- every write still bumps "version". Both NULL: no hold.
-- AlterTable
ALTER TABLE "PublicDataVersion" ADD COLUMN "heldUntilMs" BIGINT;
ALTER TABLE "PublicDataVersion" ADD COLUMN "heldVersion" INTEGER;
