import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseCsv, serialiseParsedFile } from "@/lib/import/parse";
import { saveImportDraft } from "@/lib/import/mutations";
import { planRecommendationDraft } from "@/lib/recommendations/import-data";
import { applyRecommendationPlan } from "@/lib/recommendations/import-mutations";
import { readTermDictionary } from "./data";
import { translateTerm } from "./terms";

// An import adds the themes and affected groups the vocabularies lack, untranslated (issue 23, item 5).

const CSV = [
  "Symbol,Paragraph,Body,Session,Date,Annotation,Themes,Affected persons",
  "CAT/C/KAZ/CO/9,31,CAT,Fixture session 9,2025-05-02,[FIXTURE] The State party should protect fixture herders.," +
    '"Fixture pasture rights; Conditions of detention","Fixture herders; journalists"',
].join("\n");

let editorId = "";
beforeAll(async () => {
  editorId = (
    await db.user.create({
      data: { email: "terms-importer@example.org", name: "Importer", passwordHash: "x", role: "EDITOR" },
    })
  ).id;
});
afterAll(() => db.$disconnect());

describe("importing recommendations with names the vocabularies lack", () => {
  it("adds them untranslated, leaves listed ones as they are, and pages read both", async () => {
    const parsed = await parseCsv(CSV);
    if (!parsed.isOk) throw new Error(parsed.message);
    const serialised = await serialiseParsedFile(parsed);
    const draft = await saveImportDraft(
      { kind: "recommendations", fileName: "terms.csv", content: CSV, parsed: serialised, note: null },
      editorId,
    );
    const plan = await planRecommendationDraft({ content: CSV, parsed: serialised });
    if ("parseError" in plan) throw new Error(plan.parseError);
    expect(plan.errors).toEqual([]);
    const before = await db.vocabularyTerm.count();
    expect((await applyRecommendationPlan(plan, draft.id, editorId)).ok).toBe(true);

    expect(await db.vocabularyTerm.count()).toBe(before + 2);
    const added = await db.vocabularyTerm.findMany({ where: { position: { gte: 1_000 } }, orderBy: { kind: "asc" } });
    expect(added.map(({ kind, key, nameEn, nameRu, nameKk }) => ({ kind, key, nameEn, nameRu, nameKk }))).toEqual([
      { kind: "AFFECTED_GROUP", key: "fixture herders", nameEn: "Fixture herders", nameRu: "", nameKk: "" },
      { kind: "THEME", key: "fixture pasture rights", nameEn: "Fixture pasture rights", nameRu: "", nameKk: "" },
    ]);
    const terms = await readTermDictionary();
    expect(translateTerm(terms, "AFFECTED_GROUP", "journalists", "kk")).toBe("Журналистер");
    expect(translateTerm(terms, "THEME", "Fixture pasture rights", "ru")).toBe("Fixture pasture rights");
  });
});
