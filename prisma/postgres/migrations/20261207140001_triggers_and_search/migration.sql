-- What the SQLite migrations do with triggers and FTS5, in PL/pgSQL: the same names, the same guarantees.
-- Prisma sees neither triggers nor functions; the search tables are external tables (prisma.config.ts).
-- docs/architecture.md ("PostgreSQL") says how to port a new SQLite migration.

-- ── Append-only history and audit (SQLite: RAISE(ABORT, '<Table> rows are append-only')) ──────────
CREATE FUNCTION uade_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['StatusChange', 'StatusChangeEvidence', 'AuditEvent', 'Verification', 'EvidenceCapture', 'EvidenceCheck'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION uade_refuse_change()', name || '_no_update', name);
        EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION uade_refuse_change()', name || '_no_delete', name);
    END LOOP;
END;
$$;

-- ── The public data version (SQLite: 20261201110000_public_data_version and its followers) ────────
-- The epoch is random per database, so a cache that outlives a reset or a restore never mistakes
-- another database's version for this one's. Every row written to a public table bumps the version
-- in the writer's own transaction; lib/public-cache/version.test.ts checks every public table has it.
INSERT INTO "PublicDataVersion" ("id", "epoch", "version") VALUES (1, substr(md5(random()::text || clock_timestamp()::text), 1, 16), 0);

CREATE FUNCTION uade_bump_public_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    RETURN NULL;
END;
$$;

-- A new public table calls this once in its migration (as SQLite's migrations add three triggers).
CREATE FUNCTION uade_add_public_version_triggers(name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I FOR EACH ROW EXECUTE FUNCTION uade_bump_public_version()', name || '_public_version_insert', name);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION uade_bump_public_version()', name || '_public_version_update', name);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I FOR EACH ROW EXECUTE FUNCTION uade_bump_public_version()', name || '_public_version_delete', name);
END;
$$;

SELECT uade_add_public_version_triggers(name) FROM unnest(ARRAY[
    'Commitment', 'CommitmentInstrument', 'CommitmentRecommendation', 'CommitmentTranslation', 'Evidence',
    'EvidenceCapture', 'EvidenceCheck', 'EvidenceWatch', 'Instrument', 'Mechanism', 'Quote', 'Recommendation',
    'RecommendationSdgTarget', 'RecommendationTheme', 'ResponsibleBody', 'SdgTarget', 'Source', 'StatusChange',
    'StatusChangeEvidence', 'Verification'
]) AS name;

-- ── Full-text search (SQLite: FTS5 with unicode61 remove_diacritics 2) ───────────────────────────
-- unaccent is a trusted extension (PostgreSQL 13+): a database owner may create it. The text is
-- folded as FTS5's tokenizer folds it: lower case, diacritics removed, punctuation splits words.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION uade_search_text(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))),
        '[\s!-/:-@\[-`{-~«»“”„‘’‚–—…·]+', ' ', 'g')
$$;

CREATE FUNCTION uade_search_document(VARIADIC parts text[]) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple', uade_search_text(array_to_string(parts, ' ', '')))
$$;

-- "rid" is the order rows were added in (FTS5's rowid): ranking is limited to the newest matches.
CREATE TABLE "RecommendationSearch" (
    "rid" BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "id" TEXT NOT NULL UNIQUE REFERENCES "Recommendation"("id") ON DELETE CASCADE,
    "document" tsvector NOT NULL
);
CREATE INDEX "RecommendationSearch_document_idx" ON "RecommendationSearch" USING gin ("document");

CREATE TABLE "CommitmentSearch" (
    "rid" BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "id" TEXT NOT NULL UNIQUE REFERENCES "Commitment"("id") ON DELETE CASCADE,
    "document" tsvector NOT NULL
);
CREATE INDEX "CommitmentSearch_document_idx" ON "CommitmentSearch" USING gin ("document");

CREATE FUNCTION uade_index_recommendation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "RecommendationSearch" ("id", "document")
        VALUES (NEW."id", uade_search_document(NEW."symbol", NEW."paragraph", NEW."recommendingState", NEW."cycle",
            NEW."text", NEW."textEn", NEW."textRu", NEW."textKk"))
        ON CONFLICT ("id") DO UPDATE SET "document" = EXCLUDED."document";
    RETURN NULL;
END;
$$;
CREATE TRIGGER "RecommendationSearch_insert" AFTER INSERT ON "Recommendation"
    FOR EACH ROW EXECUTE FUNCTION uade_index_recommendation();
CREATE TRIGGER "RecommendationSearch_update"
    AFTER UPDATE OF "symbol", "paragraph", "recommendingState", "cycle", "text", "textEn", "textRu", "textKk" ON "Recommendation"
    FOR EACH ROW EXECUTE FUNCTION uade_index_recommendation();
-- Deletes follow the foreign key (ON DELETE CASCADE).

-- A commitment's document: its title and summary, then every translation's.
CREATE FUNCTION uade_index_commitment(commitment_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "CommitmentSearch" ("id", "document")
        SELECT c."id", uade_search_document(c."title", c."summary",
            (SELECT string_agg(t."title" || ' ' || t."summary", ' ') FROM "CommitmentTranslation" AS t WHERE t."commitmentId" = c."id"))
        FROM "Commitment" AS c WHERE c."id" = commitment_id
        ON CONFLICT ("id") DO UPDATE SET "document" = EXCLUDED."document";
END;
$$;
CREATE FUNCTION uade_index_commitment_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM uade_index_commitment(NEW."id");
    RETURN NULL;
END;
$$;
CREATE FUNCTION uade_index_commitment_translation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM uade_index_commitment(OLD."commitmentId");
    ELSE
        PERFORM uade_index_commitment(NEW."commitmentId");
        IF TG_OP = 'UPDATE' AND OLD."commitmentId" <> NEW."commitmentId" THEN
            PERFORM uade_index_commitment(OLD."commitmentId");
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER "CommitmentSearch_insert" AFTER INSERT ON "Commitment"
    FOR EACH ROW EXECUTE FUNCTION uade_index_commitment_row();
CREATE TRIGGER "CommitmentSearch_update" AFTER UPDATE OF "title", "summary" ON "Commitment"
    FOR EACH ROW EXECUTE FUNCTION uade_index_commitment_row();
CREATE TRIGGER "CommitmentSearch_translation_insert" AFTER INSERT ON "CommitmentTranslation"
    FOR EACH ROW EXECUTE FUNCTION uade_index_commitment_translation();
CREATE TRIGGER "CommitmentSearch_translation_update" AFTER UPDATE ON "CommitmentTranslation"
    FOR EACH ROW EXECUTE FUNCTION uade_index_commitment_translation();
CREATE TRIGGER "CommitmentSearch_translation_delete" AFTER DELETE ON "CommitmentTranslation"
    FOR EACH ROW EXECUTE FUNCTION uade_index_commitment_translation();

-- ── Filter counts (SQLite: RecommendationFacet_* triggers) ───────────────────────────────────────
-- +1 and -1 as rows come and go. Keys: mechanism = code; cycle and response = code, chr(31), value;
-- theme = theme; sdg = target code. A count that reaches 0 is removed.
CREATE FUNCTION uade_facet_add(key_facet text, key_value text, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF delta > 0 THEN
        INSERT INTO "RecommendationFacet" AS f ("facet", "value", "count") VALUES (key_facet, key_value, delta)
            ON CONFLICT ("facet", "value") DO UPDATE SET "count" = f."count" + delta;
    ELSE
        UPDATE "RecommendationFacet" AS f SET "count" = f."count" + delta WHERE f."facet" = key_facet AND f."value" = key_value;
        DELETE FROM "RecommendationFacet" AS f WHERE f."facet" = key_facet AND f."value" = key_value AND f."count" <= 0;
    END IF;
END;
$$;

CREATE FUNCTION uade_facet_recommendation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM uade_facet_add('mechanism', OLD."mechanismCode", -1);
        PERFORM uade_facet_add('cycle', OLD."mechanismCode" || chr(31) || OLD."cycle", -1);
        PERFORM uade_facet_add('response', OLD."mechanismCode" || chr(31) || OLD."response", -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM uade_facet_add('mechanism', NEW."mechanismCode", 1);
        PERFORM uade_facet_add('cycle', NEW."mechanismCode" || chr(31) || NEW."cycle", 1);
        PERFORM uade_facet_add('response', NEW."mechanismCode" || chr(31) || NEW."response", 1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER "RecommendationFacet_insert" AFTER INSERT ON "Recommendation"
    FOR EACH ROW EXECUTE FUNCTION uade_facet_recommendation();
CREATE TRIGGER "RecommendationFacet_delete" AFTER DELETE ON "Recommendation"
    FOR EACH ROW EXECUTE FUNCTION uade_facet_recommendation();
CREATE TRIGGER "RecommendationFacet_update" AFTER UPDATE OF "mechanismCode", "cycle", "response" ON "Recommendation"
    FOR EACH ROW EXECUTE FUNCTION uade_facet_recommendation();

-- Theme and SDG links: TG_ARGV names the facet and the column holding its value.
CREATE FUNCTION uade_facet_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM uade_facet_add(TG_ARGV[0], to_jsonb(OLD) ->> TG_ARGV[1], -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM uade_facet_add(TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[1], 1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER "RecommendationFacet_theme_insert" AFTER INSERT ON "RecommendationTheme"
    FOR EACH ROW EXECUTE FUNCTION uade_facet_link('theme', 'theme');
CREATE TRIGGER "RecommendationFacet_theme_delete" AFTER DELETE ON "RecommendationTheme"
    FOR EACH ROW EXECUTE FUNCTION uade_facet_link('theme', 'theme');
CREATE TRIGGER "RecommendationFacet_theme_update" AFTER UPDATE OF "theme" ON "RecommendationTheme"
    FOR EACH ROW EXECUTE FUNCTION uade_facet_link('theme', 'theme');
CREATE TRIGGER "RecommendationFacet_sdg_insert" AFTER INSERT ON "RecommendationSdgTarget"
    FOR EACH ROW EXECUTE FUNCTION uade_facet_link('sdg', 'targetCode');
CREATE TRIGGER "RecommendationFacet_sdg_delete" AFTER DELETE ON "RecommendationSdgTarget"
    FOR EACH ROW EXECUTE FUNCTION uade_facet_link('sdg', 'targetCode');
CREATE TRIGGER "RecommendationFacet_sdg_update" AFTER UPDATE OF "targetCode" ON "RecommendationSdgTarget"
    FOR EACH ROW EXECUTE FUNCTION uade_facet_link('sdg', 'targetCode');
