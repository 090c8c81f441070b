-- Responsible bodies' names show on every public page, CSV and the API, so renaming one invalidates the response cache. The responsible-bodies migration rebuilt the Commitment table (its foreign key to the bodies), which dropped that table's public-version triggers: they are created again here.
CREATE TRIGGER "ResponsibleBody_public_version_insert" AFTER INSERT ON "ResponsibleBody"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ResponsibleBody_public_version_update" AFTER UPDATE ON "ResponsibleBody"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ResponsibleBody_public_version_delete" AFTER DELETE ON "ResponsibleBody"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Commitment_public_version_insert" AFTER INSERT ON "Commitment"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Commitment_public_version_update" AFTER UPDATE ON "Commitment"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Commitment_public_version_delete" AFTER DELETE ON "Commitment"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
