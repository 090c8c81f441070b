-- Full-text search and filter counts that stay fast at 300,000 recommendations (issue 24).
-- Prisma's part (the facet table, the list-order indexes) was written by `prisma migrate dev --create-only`;
-- the FTS5 tables and every trigger below by hand. Prisma does not see virtual tables or triggers.

-- CreateTable
CREATE TABLE "RecommendationFacet" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("facet", "value")
);

-- DropIndex
DROP INDEX "Recommendation_mechanismCode_cycle_idx";

-- CreateIndex
CREATE INDEX "Recommendation_mechanismCode_cycle_id_idx" ON "Recommendation"("mechanismCode", "cycle", "id");

-- CreateIndex
CREATE INDEX "Recommendation_list_order_idx" ON "Recommendation"("issuedOn" DESC, "symbol", "paragraph", "recommendingState");

-- CreateIndex
CREATE INDEX "Recommendation_mechanism_order_idx" ON "Recommendation"("mechanismCode", "issuedOn" DESC, "symbol", "paragraph", "recommendingState");

-- CreateIndex
CREATE INDEX "Recommendation_cycle_order_idx" ON "Recommendation"("mechanismCode", "cycle", "issuedOn" DESC, "symbol", "paragraph", "recommendingState");

-- Recommendations: an external-content FTS5 index over the row's own columns (the text is not stored
-- twice). unicode61 folds case in every script (Cyrillic and Kazakh letters included) and, with
-- remove_diacritics 2, matches "cafe" to "café". Queries are built from tokens by lib/search/.
CREATE VIRTUAL TABLE "RecommendationSearch" USING fts5(
    "symbol", "paragraph", "recommendingState", "cycle", "text", "textEn", "textRu", "textKk",
    content='Recommendation', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO "RecommendationSearch"("RecommendationSearch") VALUES ('rebuild');

CREATE TRIGGER "RecommendationSearch_insert" AFTER INSERT ON "Recommendation"
BEGIN
    INSERT INTO "RecommendationSearch"(rowid, "symbol", "paragraph", "recommendingState", "cycle", "text", "textEn", "textRu", "textKk") VALUES (NEW.rowid, NEW."symbol", NEW."paragraph", NEW."recommendingState", NEW."cycle", NEW."text", NEW."textEn", NEW."textRu", NEW."textKk");
END;
CREATE TRIGGER "RecommendationSearch_delete" AFTER DELETE ON "Recommendation"
BEGIN
    INSERT INTO "RecommendationSearch"("RecommendationSearch", rowid, "symbol", "paragraph", "recommendingState", "cycle", "text", "textEn", "textRu", "textKk") VALUES ('delete', OLD.rowid, OLD."symbol", OLD."paragraph", OLD."recommendingState", OLD."cycle", OLD."text", OLD."textEn", OLD."textRu", OLD."textKk");
END;
CREATE TRIGGER "RecommendationSearch_update" AFTER UPDATE OF "symbol", "paragraph", "recommendingState", "cycle", "text", "textEn", "textRu", "textKk" ON "Recommendation"
BEGIN
    INSERT INTO "RecommendationSearch"("RecommendationSearch", rowid, "symbol", "paragraph", "recommendingState", "cycle", "text", "textEn", "textRu", "textKk") VALUES ('delete', OLD.rowid, OLD."symbol", OLD."paragraph", OLD."recommendingState", OLD."cycle", OLD."text", OLD."textEn", OLD."textRu", OLD."textKk");
    INSERT INTO "RecommendationSearch"(rowid, "symbol", "paragraph", "recommendingState", "cycle", "text", "textEn", "textRu", "textKk") VALUES (NEW.rowid, NEW."symbol", NEW."paragraph", NEW."recommendingState", NEW."cycle", NEW."text", NEW."textEn", NEW."textRu", NEW."textKk");
END;

-- Commitments: title and summary in the original and every translation (two tables, so the index
-- keeps its own copy and is rewritten per commitment by rowid; commitments are few).
CREATE VIRTUAL TABLE "CommitmentSearch" USING fts5(
    "title", "summary", "translations", tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO "CommitmentSearch"(rowid, "title", "summary", "translations")
    SELECT c.rowid, c."title", c."summary",
        (SELECT group_concat(t."title" || ' ' || t."summary", ' ') FROM "CommitmentTranslation" AS t WHERE t."commitmentId" = c."id")
    FROM "Commitment" AS c;

CREATE TRIGGER "CommitmentSearch_insert" AFTER INSERT ON "Commitment"
BEGIN
    INSERT INTO "CommitmentSearch"(rowid, "title", "summary", "translations") VALUES (NEW.rowid, NEW."title", NEW."summary", NULL);
END;
CREATE TRIGGER "CommitmentSearch_update" AFTER UPDATE OF "title", "summary" ON "Commitment"
BEGIN
    DELETE FROM "CommitmentSearch" WHERE rowid = OLD.rowid;
    INSERT INTO "CommitmentSearch"(rowid, "title", "summary", "translations")
        SELECT NEW.rowid, NEW."title", NEW."summary",
            (SELECT group_concat(t."title" || ' ' || t."summary", ' ') FROM "CommitmentTranslation" AS t WHERE t."commitmentId" = NEW."id");
END;
CREATE TRIGGER "CommitmentSearch_delete" AFTER DELETE ON "Commitment"
BEGIN
    DELETE FROM "CommitmentSearch" WHERE rowid = OLD.rowid;
END;
CREATE TRIGGER "CommitmentSearch_translation_insert" AFTER INSERT ON "CommitmentTranslation"
BEGIN
    DELETE FROM "CommitmentSearch" WHERE rowid = (SELECT rowid FROM "Commitment" WHERE "id" = NEW."commitmentId");
    INSERT INTO "CommitmentSearch"(rowid, "title", "summary", "translations")
        SELECT c.rowid, c."title", c."summary",
            (SELECT group_concat(t."title" || ' ' || t."summary", ' ') FROM "CommitmentTranslation" AS t WHERE t."commitmentId" = c."id")
        FROM "Commitment" AS c WHERE c."id" = NEW."commitmentId";
END;
CREATE TRIGGER "CommitmentSearch_translation_update" AFTER UPDATE ON "CommitmentTranslation"
BEGIN
    DELETE FROM "CommitmentSearch" WHERE rowid = (SELECT rowid FROM "Commitment" WHERE "id" = NEW."commitmentId");
    INSERT INTO "CommitmentSearch"(rowid, "title", "summary", "translations")
        SELECT c.rowid, c."title", c."summary",
            (SELECT group_concat(t."title" || ' ' || t."summary", ' ') FROM "CommitmentTranslation" AS t WHERE t."commitmentId" = c."id")
        FROM "Commitment" AS c WHERE c."id" = NEW."commitmentId";
END;
CREATE TRIGGER "CommitmentSearch_translation_delete" AFTER DELETE ON "CommitmentTranslation"
BEGIN
    DELETE FROM "CommitmentSearch" WHERE rowid = (SELECT rowid FROM "Commitment" WHERE "id" = OLD."commitmentId");
    INSERT INTO "CommitmentSearch"(rowid, "title", "summary", "translations")
        SELECT c.rowid, c."title", c."summary",
            (SELECT group_concat(t."title" || ' ' || t."summary", ' ') FROM "CommitmentTranslation" AS t WHERE t."commitmentId" = c."id")
        FROM "Commitment" AS c WHERE c."id" = OLD."commitmentId";
END;

-- Filter counts (RecommendationFacet): +1 and -1 as rows come and go, whoever writes them. Keys:
-- mechanism = code; cycle and response = code, char(31), value; theme = theme; sdg = target code.
INSERT INTO "RecommendationFacet"("facet", "value", "count")
    SELECT 'mechanism', "mechanismCode", count(*) FROM "Recommendation" GROUP BY "mechanismCode";
INSERT INTO "RecommendationFacet"("facet", "value", "count")
    SELECT 'cycle', "mechanismCode" || char(31) || "cycle", count(*) FROM "Recommendation" GROUP BY "mechanismCode", "cycle";
INSERT INTO "RecommendationFacet"("facet", "value", "count")
    SELECT 'response', "mechanismCode" || char(31) || "response", count(*) FROM "Recommendation" GROUP BY "mechanismCode", "response";
INSERT INTO "RecommendationFacet"("facet", "value", "count")
    SELECT 'theme', "theme", count(*) FROM "RecommendationTheme" GROUP BY "theme";
INSERT INTO "RecommendationFacet"("facet", "value", "count")
    SELECT 'sdg', "targetCode", count(*) FROM "RecommendationSdgTarget" GROUP BY "targetCode";

CREATE TRIGGER "RecommendationFacet_insert" AFTER INSERT ON "Recommendation"
BEGIN
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('mechanism', NEW."mechanismCode", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('cycle', NEW."mechanismCode" || char(31) || NEW."cycle", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('response', NEW."mechanismCode" || char(31) || NEW."response", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
END;
CREATE TRIGGER "RecommendationFacet_delete" AFTER DELETE ON "Recommendation"
BEGIN
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'mechanism' AND "value" = OLD."mechanismCode";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'mechanism' AND "value" = OLD."mechanismCode" AND "count" <= 0;
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'cycle' AND "value" = OLD."mechanismCode" || char(31) || OLD."cycle";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'cycle' AND "value" = OLD."mechanismCode" || char(31) || OLD."cycle" AND "count" <= 0;
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'response' AND "value" = OLD."mechanismCode" || char(31) || OLD."response";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'response' AND "value" = OLD."mechanismCode" || char(31) || OLD."response" AND "count" <= 0;
END;
CREATE TRIGGER "RecommendationFacet_update" AFTER UPDATE OF "mechanismCode", "cycle", "response" ON "Recommendation"
BEGIN
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'mechanism' AND "value" = OLD."mechanismCode";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'mechanism' AND "value" = OLD."mechanismCode" AND "count" <= 0;
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'cycle' AND "value" = OLD."mechanismCode" || char(31) || OLD."cycle";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'cycle' AND "value" = OLD."mechanismCode" || char(31) || OLD."cycle" AND "count" <= 0;
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'response' AND "value" = OLD."mechanismCode" || char(31) || OLD."response";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'response' AND "value" = OLD."mechanismCode" || char(31) || OLD."response" AND "count" <= 0;
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('mechanism', NEW."mechanismCode", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('cycle', NEW."mechanismCode" || char(31) || NEW."cycle", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('response', NEW."mechanismCode" || char(31) || NEW."response", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
END;
CREATE TRIGGER "RecommendationFacet_theme_insert" AFTER INSERT ON "RecommendationTheme"
BEGIN
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('theme', NEW."theme", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
END;
CREATE TRIGGER "RecommendationFacet_theme_delete" AFTER DELETE ON "RecommendationTheme"
BEGIN
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'theme' AND "value" = OLD."theme";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'theme' AND "value" = OLD."theme" AND "count" <= 0;
END;
CREATE TRIGGER "RecommendationFacet_theme_update" AFTER UPDATE OF "theme" ON "RecommendationTheme"
BEGIN
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'theme' AND "value" = OLD."theme";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'theme' AND "value" = OLD."theme" AND "count" <= 0;
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('theme', NEW."theme", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
END;
CREATE TRIGGER "RecommendationFacet_sdg_insert" AFTER INSERT ON "RecommendationSdgTarget"
BEGIN
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('sdg', NEW."targetCode", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
END;
CREATE TRIGGER "RecommendationFacet_sdg_delete" AFTER DELETE ON "RecommendationSdgTarget"
BEGIN
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'sdg' AND "value" = OLD."targetCode";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'sdg' AND "value" = OLD."targetCode" AND "count" <= 0;
END;
CREATE TRIGGER "RecommendationFacet_sdg_update" AFTER UPDATE OF "targetCode" ON "RecommendationSdgTarget"
BEGIN
    UPDATE "RecommendationFacet" SET "count" = "count" - 1 WHERE "facet" = 'sdg' AND "value" = OLD."targetCode";
    DELETE FROM "RecommendationFacet" WHERE "facet" = 'sdg' AND "value" = OLD."targetCode" AND "count" <= 0;
    INSERT INTO "RecommendationFacet"("facet", "value", "count") VALUES ('sdg', NEW."targetCode", 1)
        ON CONFLICT("facet", "value") DO UPDATE SET "count" = "count" + 1;
END;
