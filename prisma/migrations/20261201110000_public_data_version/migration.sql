-- CreateTable
CREATE TABLE "PublicDataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "epoch" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- The one row. The epoch is random per database file, so a cache that outlives a reset or a
-- restore never mistakes another file's version for this one's.
INSERT INTO "PublicDataVersion" ("id", "epoch", "version") VALUES (1, lower(hex(randomblob(8))), 0);

-- Every write that can change public output bumps the version in its own transaction (a trigger
-- runs inside the statement that fired it), whoever writes: the app, the API, an import, the
-- `user` command, a second instance or a test fixture. lib/public-cache/version.test.ts checks
-- that every table outside its private list has these three triggers.
CREATE TRIGGER "Commitment_public_version_insert" AFTER INSERT ON "Commitment"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Commitment_public_version_update" AFTER UPDATE ON "Commitment"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Commitment_public_version_delete" AFTER DELETE ON "Commitment"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "CommitmentInstrument_public_version_insert" AFTER INSERT ON "CommitmentInstrument"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "CommitmentInstrument_public_version_update" AFTER UPDATE ON "CommitmentInstrument"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "CommitmentInstrument_public_version_delete" AFTER DELETE ON "CommitmentInstrument"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Instrument_public_version_insert" AFTER INSERT ON "Instrument"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Instrument_public_version_update" AFTER UPDATE ON "Instrument"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Instrument_public_version_delete" AFTER DELETE ON "Instrument"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_public_version_insert" AFTER INSERT ON "Source"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_public_version_update" AFTER UPDATE ON "Source"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_public_version_delete" AFTER DELETE ON "Source"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Quote_public_version_insert" AFTER INSERT ON "Quote"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Quote_public_version_update" AFTER UPDATE ON "Quote"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Quote_public_version_delete" AFTER DELETE ON "Quote"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "StatusChange_public_version_insert" AFTER INSERT ON "StatusChange"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "StatusChange_public_version_update" AFTER UPDATE ON "StatusChange"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "StatusChange_public_version_delete" AFTER DELETE ON "StatusChange"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Evidence_public_version_insert" AFTER INSERT ON "Evidence"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Evidence_public_version_update" AFTER UPDATE ON "Evidence"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Evidence_public_version_delete" AFTER DELETE ON "Evidence"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "StatusChangeEvidence_public_version_insert" AFTER INSERT ON "StatusChangeEvidence"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "StatusChangeEvidence_public_version_update" AFTER UPDATE ON "StatusChangeEvidence"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "StatusChangeEvidence_public_version_delete" AFTER DELETE ON "StatusChangeEvidence"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Verification_public_version_insert" AFTER INSERT ON "Verification"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Verification_public_version_update" AFTER UPDATE ON "Verification"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Verification_public_version_delete" AFTER DELETE ON "Verification"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "CommitmentTranslation_public_version_insert" AFTER INSERT ON "CommitmentTranslation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "CommitmentTranslation_public_version_update" AFTER UPDATE ON "CommitmentTranslation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "CommitmentTranslation_public_version_delete" AFTER DELETE ON "CommitmentTranslation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
