-- Recommendation identity (lib/recommendations/import-identity.ts): identityKey replaces the unique
-- (symbol, paragraph, recommendingState), so rows without a symbol or paragraph (UPR Info's classic
-- CSV, OHCHR's thematic lists) can be stored; existing rows get `doc:symbol|paragraph|state`.
-- textKey (the content identity) is left null for existing rows: the import computes theirs in memory.
-- Also: the state under review, recommending states' ISO codes, SDG goals, UPR Info's action category.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Recommendation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mechanismCode" TEXT NOT NULL,
    "cycle" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "paragraph" TEXT NOT NULL,
    "recommendingState" TEXT NOT NULL DEFAULT '',
    "recommendingStateCodes" TEXT NOT NULL DEFAULT '',
    "stateUnderReview" TEXT NOT NULL DEFAULT 'KZ',
    "identityKey" TEXT NOT NULL,
    "textKey" TEXT,
    "sdgGoals" TEXT NOT NULL DEFAULT '',
    "actionCategory" INTEGER,
    "text" TEXT NOT NULL,
    "textLocale" TEXT NOT NULL DEFAULT 'en',
    "textEn" TEXT,
    "textRu" TEXT,
    "textKk" TEXT,
    "issuedOn" DATETIME,
    "response" TEXT NOT NULL DEFAULT 'NONE',
    "affectedGroups" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "importDraftId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Recommendation_mechanismCode_fkey" FOREIGN KEY ("mechanismCode") REFERENCES "Mechanism" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Recommendation" ("affectedGroups", "createdAt", "cycle", "id", "importDraftId", "issuedOn", "mechanismCode", "paragraph", "recommendingState", "response", "searchText", "sourceUrl", "symbol", "text", "textEn", "textKk", "textLocale", "textRu", "updatedAt", "identityKey") SELECT "affectedGroups", "createdAt", "cycle", "id", "importDraftId", "issuedOn", "mechanismCode", "paragraph", "recommendingState", "response", "searchText", "sourceUrl", "symbol", "text", "textEn", "textKk", "textLocale", "textRu", "updatedAt", 'doc:' || "symbol" || '|' || "paragraph" || '|' || "recommendingState" FROM "Recommendation";
DROP TABLE "Recommendation";
ALTER TABLE "new_Recommendation" RENAME TO "Recommendation";
CREATE UNIQUE INDEX "Recommendation_identityKey_key" ON "Recommendation"("identityKey");
CREATE INDEX "Recommendation_symbol_paragraph_idx" ON "Recommendation"("symbol", "paragraph");
CREATE INDEX "Recommendation_textKey_idx" ON "Recommendation"("textKey");
CREATE INDEX "Recommendation_mechanismCode_cycle_idx" ON "Recommendation"("mechanismCode", "cycle");
-- The table was rebuilt: its public-data-version triggers (migration 20261201190000) are created again.
CREATE TRIGGER "Recommendation_public_version_insert" AFTER INSERT ON "Recommendation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Recommendation_public_version_update" AFTER UPDATE ON "Recommendation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Recommendation_public_version_delete" AFTER DELETE ON "Recommendation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
