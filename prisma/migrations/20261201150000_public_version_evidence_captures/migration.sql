-- Captures, checks and watches show on public pages and in the API (captured on, SHA-256, link status): writes to them invalidate the response cache like every other public table.
CREATE TRIGGER "EvidenceCapture_public_version_insert" AFTER INSERT ON "EvidenceCapture"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EvidenceCapture_public_version_update" AFTER UPDATE ON "EvidenceCapture"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EvidenceCapture_public_version_delete" AFTER DELETE ON "EvidenceCapture"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EvidenceCheck_public_version_insert" AFTER INSERT ON "EvidenceCheck"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EvidenceCheck_public_version_update" AFTER UPDATE ON "EvidenceCheck"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EvidenceCheck_public_version_delete" AFTER DELETE ON "EvidenceCheck"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EvidenceWatch_public_version_insert" AFTER INSERT ON "EvidenceWatch"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EvidenceWatch_public_version_update" AFTER UPDATE ON "EvidenceWatch"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EvidenceWatch_public_version_delete" AFTER DELETE ON "EvidenceWatch"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
