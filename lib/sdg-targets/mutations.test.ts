import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/forms/fields";
import { decodeMessage, defaultMessages } from "@/lib/forms/messages";
import { listSdgTargetsForEditor } from "./data";
import { updateSdgTarget } from "./mutations";
import { updateSdgTargetSchema } from "./schema";

// Translating SDG target titles (issue 17 follow-up), against the migrated database with its 11
// official targets; imported targets are created as applyRecommendationPlan creates them.

const keyOf = (token: string | undefined) => (token === undefined ? undefined : decodeMessage(token)?.key);
const errorsOf = (input: unknown) => {
  const parsed = updateSdgTargetSchema.safeParse(input, { error: defaultMessages });
  return parsed.success
    ? {}
    : Object.fromEntries(Object.entries(fieldErrorsOf(parsed.error)).map(([field, token]) => [field, keyOf(token)]));
};

let editorId = "";
let sub = 0;
beforeAll(async () => {
  editorId = (
    await db.user.create({
      data: { email: "sdg-editor@example.org", name: "Editor", passwordHash: "x", role: "EDITOR" },
    })
  ).id;
});
afterAll(() => db.$disconnect());

/** A target an import added: the export's English title, no Russian or Kazakh one. */
async function imported(titleEn = "Substantially reduce corruption and bribery in all their forms") {
  sub += 1;
  const code = `17.${sub}`;
  return db.sdgTarget.create({
    data: { code, goal: 17, titleEn, titleRu: "", titleKk: "", position: 1_000 + 1_700 + sub },
  });
}

/** The form as the page renders it for `row`, with the person's `changes`. */
function form(
  row: { code: string; titleEn: string; titleRu: string; titleKk: string },
  changes: Record<string, unknown> = {},
) {
  return {
    code: row.code,
    titleEn: row.titleEn,
    titleRu: row.titleRu,
    titleKk: row.titleKk,
    loadedEn: row.titleEn,
    loadedRu: row.titleRu,
    loadedKk: row.titleKk,
    ...changes,
  };
}

const save = (input: Record<string, unknown>) => updateSdgTarget(updateSdgTargetSchema.parse(input), editorId);
const publicVersion = async () =>
  (await db.$queryRaw<{ version: number | bigint }[]>`SELECT "version" FROM "PublicDataVersion" WHERE "id" = 1`)[0]
    ?.version;

describe("translating an SDG target: validation", () => {
  it("trims the titles and accepts empty Russian and Kazakh ones", () => {
    expect(
      updateSdgTargetSchema.parse(form({ code: "16.3", titleEn: "  Rule of law ", titleRu: "   ", titleKk: "" })),
    ).toMatchObject({ titleEn: "Rule of law", titleRu: "", titleKk: "" });
  });

  it("requires the English title and at most 300 characters in each", () => {
    expect(errorsOf(form({ code: "16.3", titleEn: "   ", titleRu: "", titleKk: "" }))).toEqual({
      titleEn: "sdgTitleEnMissing",
    });
    expect(errorsOf(form({ code: "16.3", titleEn: "x", titleRu: "я".repeat(301), titleKk: "ә".repeat(300) }))).toEqual({
      titleRu: "tooLong",
    });
    expect(errorsOf(form({ code: "16.3", titleEn: "x".repeat(301), titleRu: "", titleKk: "ә".repeat(301) }))).toEqual({
      titleEn: "tooLong",
      titleKk: "tooLong",
    });
  });

  it("refuses a malformed code and a form without the titles it was loaded with", () => {
    expect(errorsOf(form({ code: "16.3; DROP", titleEn: "x", titleRu: "", titleKk: "" }))).toEqual({
      code: "invalidId",
    });
    expect(errorsOf({ code: "16.3", titleEn: "x", titleRu: "", titleKk: "" })).toEqual({
      loadedEn: "missingVersion",
      loadedRu: "missingVersion",
      loadedKk: "missingVersion",
    });
  });
});

describe("translating an SDG target: saving", () => {
  it("saves the Russian and Kazakh titles of an imported target, with an audit event of what changed", async () => {
    const row = await imported();
    const versionBefore = await publicVersion();
    const outcome = await save(
      form(row, {
        titleRu: " Значительно сократить масштабы коррупции и взяточничества во всех их формах ",
        titleKk: "Сыбайлас жемқорлық пен парақорлықты барлық нысанында айтарлықтай азайту",
      }),
    );
    expect(outcome).toEqual({ ok: true, value: { code: row.code, isChanged: true } });
    expect(await db.sdgTarget.findUniqueOrThrow({ where: { code: row.code } })).toMatchObject({
      titleEn: row.titleEn,
      titleRu: "Значительно сократить масштабы коррупции и взяточничества во всех их формах",
      titleKk: "Сыбайлас жемқорлық пен парақорлықты барлық нысанында айтарлықтай азайту",
      position: row.position,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "sdgTarget.update", entityId: row.code } });
    expect(audit).toMatchObject({ entityType: "SdgTarget", actorId: editorId });
    expect(JSON.parse(audit.before ?? "null")).toEqual({ titleRu: "", titleKk: "" });
    expect(JSON.parse(audit.after ?? "null")).toEqual({
      titleRu: "Значительно сократить масштабы коррупции и взяточничества во всех их формах",
      titleKk: "Сыбайлас жемқорлық пен парақорлықты барлық нысанында айтарлықтай азайту",
    });
    // The public pages' cache is keyed on this version (the table's triggers bump it).
    expect(Number(await publicVersion())).toBeGreaterThan(Number(versionBefore));
  });

  it("corrects an official target's title too, and may empty a translation again", async () => {
    const official = await db.sdgTarget.findUniqueOrThrow({ where: { code: "16.10" } });
    expect(await save(form(official, { titleKk: "" }))).toMatchObject({ ok: true, value: { isChanged: true } });
    expect((await db.sdgTarget.findUniqueOrThrow({ where: { code: "16.10" } })).titleKk).toBe("");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "sdgTarget.update", entityId: "16.10" } });
    expect(JSON.parse(audit.before ?? "null")).toEqual({ titleKk: official.titleKk });
  });

  it("writes nothing and no audit event when nothing changed", async () => {
    const row = await imported();
    expect(await save(form(row))).toEqual({ ok: true, value: { code: row.code, isChanged: false } });
    expect(await db.auditEvent.count({ where: { action: "sdgTarget.update", entityId: row.code } })).toBe(0);
  });

  it("refuses a save over someone else's, whether or not the person changed anything", async () => {
    const row = await imported();
    const openedByBoth = form(row);
    expect((await save({ ...openedByBoth, titleRu: "Первый перевод" })).ok).toBe(true);

    const stale = await save({ ...openedByBoth, titleRu: "Второй перевод", titleKk: "Екінші аударма" });
    expect(stale).toEqual({ ok: false, kind: "invalid", fieldErrors: { form: "msg:sdgChangedSince" } });
    expect(await db.sdgTarget.findUniqueOrThrow({ where: { code: row.code } })).toMatchObject({
      titleRu: "Первый перевод",
      titleKk: "",
    });
    expect(await db.auditEvent.count({ where: { action: "sdgTarget.update", entityId: row.code } })).toBe(1);

    // Submitting the old titles unchanged is not "nothing changed": what the person saw is gone.
    expect(await save(openedByBoth)).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { form: "msg:sdgChangedSince" },
    });
  });

  it("answers not found for a target Uade does not list", async () => {
    expect(
      await save(form({ code: "17.99", titleEn: "Invented", titleRu: "", titleKk: "" }, { titleRu: "Выдумано" })),
    ).toEqual({ ok: false, kind: "not-found" });
    expect(await db.sdgTarget.count({ where: { code: "17.99" } })).toBe(0);
  });
});

describe("the workspace list", () => {
  it("lists every target by goal, position and code, marking imported and untranslated ones", async () => {
    const row = await imported("Strengthen domestic resource mobilization");
    const targets = await listSdgTargetsForEditor();
    const codes = targets.map((target) => target.code);
    expect(codes.slice(0, 3)).toEqual(["5.1", "5.2", "10.3"]);
    expect(codes.indexOf("16.b")).toBeLessThan(codes.indexOf(row.code));
    expect(targets.find((target) => target.code === "16.3")).toMatchObject({ isImported: false, isTranslated: true });
    expect(targets.find((target) => target.code === row.code)).toMatchObject({
      isImported: true,
      isTranslated: false,
      titleEn: "Strengthen domestic resource mobilization",
    });
  });
});
