import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/forms/fields";
import { decodeMessage, defaultMessages } from "@/lib/forms/messages";
import { listTermsForEditor, readTermDictionary } from "./data";
import { addUnknownTerms, updateVocabularyTerm } from "./mutations";
import { updateVocabularyTermSchema } from "./schema";
import { termKey, translateTerm } from "./terms";

// Themes and affected groups in three languages (issue 23, item 5), against the migrated database
// with UHRI's lists (migration 20261207160000_theme_and_group_names).

const LISTS = JSON.parse(readFileSync(new URL("./uhri-terms.json", import.meta.url), "utf8")) as Record<
  "THEME" | "AFFECTED_GROUP",
  [string, string, string][]
>;

const keyOf = (token: string | undefined) => (token === undefined ? undefined : decodeMessage(token)?.key);
const errorsOf = (input: unknown) => {
  const parsed = updateVocabularyTermSchema.safeParse(input, { error: defaultMessages });
  return parsed.success
    ? {}
    : Object.fromEntries(Object.entries(fieldErrorsOf(parsed.error)).map(([field, token]) => [field, keyOf(token)]));
};

let editorId = "";
let sub = 0;
beforeAll(async () => {
  editorId = (
    await db.user.create({
      data: { email: "terms-editor@example.org", name: "Editor", passwordHash: "x", role: "EDITOR" },
    })
  ).id;
});
afterAll(() => db.$disconnect());

/** A group an import added: the file's name, untranslated. */
async function imported(name = "Fixture herders") {
  sub += 1;
  const nameEn = `${name} ${sub}`;
  await db.$transaction((tx) => addUnknownTerms(tx, "AFFECTED_GROUP", [nameEn]));
  return db.vocabularyTerm.findUniqueOrThrow({
    where: { kind_key: { kind: "AFFECTED_GROUP", key: termKey(nameEn) } },
  });
}

function form(
  row: { kind: string; key: string; nameEn: string; nameRu: string; nameKk: string },
  changes: Record<string, unknown> = {},
) {
  return {
    kind: row.kind,
    key: row.key,
    nameEn: row.nameEn,
    nameRu: row.nameRu,
    nameKk: row.nameKk,
    loadedEn: row.nameEn,
    loadedRu: row.nameRu,
    loadedKk: row.nameKk,
    ...changes,
  };
}

const save = (input: Record<string, unknown>) =>
  updateVocabularyTerm(updateVocabularyTermSchema.parse(input), editorId);

describe("UHRI's lists, as the migration seeds them", () => {
  it("holds every theme and group of the data file, translated, in the file's order", async () => {
    for (const kind of ["THEME", "AFFECTED_GROUP"] as const) {
      const listed = (await listTermsForEditor(kind)).filter((term) => !term.isImported);
      expect(listed.map(({ nameEn, nameRu, nameKk }) => [nameEn, nameRu, nameKk])).toEqual(LISTS[kind]);
      expect(listed.every((term) => term.isTranslated)).toBe(true);
    }
  });

  it("shows a stored name in the reader's language, whatever its case, and an unknown one as stored", async () => {
    const terms = await readTermDictionary();
    expect(translateTerm(terms, "AFFECTED_GROUP", "Journalists", "kk")).toBe("Журналистер");
    expect(translateTerm(terms, "AFFECTED_GROUP", "  children ", "ru")).toBe("Дети");
    expect(translateTerm(terms, "THEME", "Freedom of opinion and expression", "kk")).toBe(
      "Пікір және оны білдіру бостандығы",
    );
    expect(translateTerm(terms, "THEME", "Freedom of opinion and expression", "en")).toBe(
      "Freedom of opinion and expression",
    );
    expect(translateTerm(terms, "THEME", "Fixture theme nobody listed", "kk")).toBe("Fixture theme nobody listed");
  });
});

describe("names an import meets that the lists lack", () => {
  it("are added once, untranslated, and read in the file's words until translated", async () => {
    const added = await db.$transaction((tx) =>
      addUnknownTerms(tx, "THEME", ["Fixture  steppe rights", "fixture steppe rights", "Right to health", " "]),
    );
    expect(added).toBe(1);
    expect(await db.$transaction((tx) => addUnknownTerms(tx, "THEME", ["FIXTURE STEPPE RIGHTS"]))).toBe(0);
    const term = (await listTermsForEditor("THEME")).find((row) => row.key === "fixture steppe rights");
    expect(term).toMatchObject({ nameEn: "Fixture steppe rights", nameRu: "", isImported: true, isTranslated: false });
    const terms = await readTermDictionary();
    expect(translateTerm(terms, "THEME", "Fixture steppe rights", "kk")).toBe("Fixture steppe rights");
    // A listed name is left as it is.
    expect(translateTerm(terms, "THEME", "Right to health", "kk")).toBe("Денсаулық сақтау құқығы");
  });
});

describe("translating a theme or group", () => {
  it("requires the English name and a known kind", () => {
    const row = { kind: "THEME", key: "x", nameEn: "X", nameRu: "", nameKk: "" };
    expect(errorsOf(form(row, { nameEn: "  " }))).toEqual({ nameEn: "termNameEnMissing" });
    expect(errorsOf(form(row, { kind: "SDG" }))).toEqual({ kind: "invalidId" });
    expect(errorsOf(form(row, { nameKk: "ә".repeat(201) }))).toEqual({ nameKk: "tooLong" });
  });

  it("saves the translations with an audit event of what changed; the public pages follow", async () => {
    const row = await imported();
    const versionBefore = await db.publicDataVersion.findUniqueOrThrow({ where: { id: 1 } });
    const outcome = await save(form(row, { nameRu: " Скотоводы ", nameKk: "Малшылар" }));
    expect(outcome).toEqual({ ok: true, value: { key: row.key, isChanged: true } });
    const saved = await db.vocabularyTerm.findUniqueOrThrow({
      where: { kind_key: { kind: row.kind, key: row.key } },
    });
    expect(saved).toMatchObject({ nameEn: row.nameEn, nameRu: "Скотоводы", nameKk: "Малшылар", key: row.key });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "vocabularyTerm.update", entityId: `AFFECTED_GROUP:${row.key}` },
    });
    expect(audit).toMatchObject({ entityType: "VocabularyTerm", actorId: editorId });
    expect(JSON.parse(audit.before ?? "null")).toEqual({ nameRu: "", nameKk: "" });
    expect(JSON.parse(audit.after ?? "null")).toEqual({ nameRu: "Скотоводы", nameKk: "Малшылар" });
    const versionAfter = await db.publicDataVersion.findUniqueOrThrow({ where: { id: 1 } });
    expect(Number(versionAfter.version)).toBeGreaterThan(Number(versionBefore.version));
    expect(translateTerm(await readTermDictionary(), "AFFECTED_GROUP", row.nameEn, "kk")).toBe("Малшылар");
  });

  it("writes nothing when nothing changed, and refuses a save over someone else's", async () => {
    const row = await imported();
    expect(await save(form(row))).toEqual({ ok: true, value: { key: row.key, isChanged: false } });
    const openedByBoth = form(row);
    expect((await save({ ...openedByBoth, nameRu: "Первый" })).ok).toBe(true);
    expect(await save({ ...openedByBoth, nameRu: "Второй" })).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { form: "msg:termChangedSince" },
    });
    const stored = await db.vocabularyTerm.findUniqueOrThrow({
      where: { kind_key: { kind: row.kind, key: row.key } },
    });
    expect(stored.nameRu).toBe("Первый");
    expect(
      await db.auditEvent.count({ where: { action: "vocabularyTerm.update", entityId: `AFFECTED_GROUP:${row.key}` } }),
    ).toBe(1);
  });

  it("answers not found for a name the vocabulary lacks", async () => {
    const missing = { kind: "THEME", key: "fixture never stored", nameEn: "Never", nameRu: "", nameKk: "" };
    expect(await save(form(missing, { nameRu: "Никогда" }))).toEqual({ ok: false, kind: "not-found" });
  });
});
