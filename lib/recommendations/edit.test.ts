import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/forms/fields";
import { defaultMessages, translateMessage } from "@/lib/forms/messages";
import { searchRecommendationsForEditor } from "./data";
import { deleteRecommendation, linkRecommendation, updateRecommendation } from "./mutations";
import { deleteRecommendationSchema, updateRecommendationSchema } from "./schema";
import { recommendationSearchText } from "./search-text";
import { textIdentity } from "./import-identity";

// Message tokens as keys with arguments, e.g. "recUnknownSdg {"code":"16.9"}", read without a catalogue.
const key = (token: string | undefined) =>
  token === undefined
    ? undefined
    : translateMessage(
        token,
        Object.assign(
          (name: string, values?: object) =>
            `${name}${values && Object.keys(values).length > 0 ? ` ${JSON.stringify(values)}` : ""}`,
          { has: () => true },
        ),
      );
const errorsOf = (schema: typeof updateRecommendationSchema | typeof deleteRecommendationSchema, input: unknown) => {
  const parsed = schema.safeParse(input, { error: defaultMessages });
  return parsed.success
    ? {}
    : Object.fromEntries(
        Object.entries(fieldErrorsOf(parsed.error)).map(([field, token]) => [field, key(token)?.split(" ")[0]]),
      );
};

let editorId = "";
let paragraph = 500;
beforeAll(async () => {
  editorId = (
    await db.user.create({
      data: { email: "rec-editor@example.org", name: "Editor", passwordHash: "x", role: "EDITOR" },
    })
  ).id;
});
afterAll(() => db.$disconnect());

/** A stored CAT recommendation, as the import writes one. */
async function stored(overrides: { mechanismCode?: string; recommendingState?: string } = {}) {
  paragraph += 1;
  const row = {
    mechanismCode: overrides.mechanismCode ?? "CAT",
    cycle: "Fixture session 9",
    symbol: "CAT/C/KAZ/CO/9",
    paragraph: String(paragraph),
    recommendingState: overrides.recommendingState ?? "",
    text: "[FIXTURE] The State party should end torture.",
    textLocale: "en",
    textEn: null,
    textRu: "[ТЕСТ] Государству-участнику следует покончить с пыткой с опечаткой.",
    textKk: null,
    themes: ["Torture"],
  };
  return db.recommendation.create({
    data: {
      ...row,
      themes: { create: [{ theme: "Torture" }] },
      sdgTargets: { create: [{ targetCode: "16.3" }] },
      affectedGroups: "Detainees",
      searchText: recommendationSearchText(row),
    },
  });
}

/** The form as the workspace page fills it for `row`, with `changes`. */
function form(row: Awaited<ReturnType<typeof stored>>, changes: Record<string, unknown> = {}) {
  return {
    recommendationId: row.id,
    loadedAt: row.updatedAt.toISOString(),
    mechanismCode: row.mechanismCode,
    cycle: row.cycle,
    symbol: row.symbol,
    paragraph: row.paragraph,
    recommendingState: row.recommendingState,
    text: row.text,
    textLocale: row.textLocale,
    textEn: row.textEn ?? "",
    textRu: row.textRu ?? "",
    textKk: row.textKk ?? "",
    issuedOn: "",
    response: row.response,
    themes: "Torture",
    affectedGroups: "Detainees",
    sdgTargets: "16.3",
    sourceUrl: "",
    ...changes,
  };
}

const update = (input: Record<string, unknown>) =>
  updateRecommendation(updateRecommendationSchema.parse(input), editorId);

describe("correcting a recommendation: validation", () => {
  it("reads the form's strings: lists one a line (or ; and |), repeated boxes, an empty date and link as none", async () => {
    const row = await stored();
    const parsed = updateRecommendationSchema.parse(
      form(row, {
        themes: "Torture\n\nDetention;  Justice | Torture",
        sdgTargets: ["16.3", "5.2"],
        issuedOn: "2021-12-07",
        cycle: "  Fixture   session 9 ",
      }),
    );
    expect(parsed).toMatchObject({
      themes: ["Torture", "Detention", "Justice"],
      sdgTargets: ["16.3", "5.2"],
      issuedOn: new Date("2021-12-07T00:00:00Z"),
      sourceUrl: null,
      textEn: null,
      cycle: "Fixture session 9",
    });
  });

  it("gives field errors, never an exception, for bad values", async () => {
    const row = await stored();
    expect(
      errorsOf(
        updateRecommendationSchema,
        form(row, {
          symbol: "not a symbol",
          paragraph: "12a",
          issuedOn: "2021-02-30",
          textLocale: "de",
          response: "MAYBE",
          text: "  ",
          sdgTargets: ["sixteen"],
          loadedAt: "yesterday",
        }),
      ),
    ).toEqual({
      loadedAt: "invalidVersion",
      text: "recTextMissing",
      textLocale: "recTextLanguageChoose",
      issuedOn: "realDate",
      response: "invalidValue",
      sdgTargets: "invalidValue",
      symbol: "recSymbolFormat",
      paragraph: "recParagraphNumber",
    });
    expect(errorsOf(updateRecommendationSchema, {})).toMatchObject({
      recommendationId: "missingId",
      loadedAt: "missingVersion",
      mechanismCode: "recChooseMechanism",
      symbol: "required",
      text: "recTextMissing",
    });
  });

  it("refuses a source link that is not plain http(s), as evidence links are refused", async () => {
    const row = await stored();
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>",
      "https://user:pw@example.org/",
      "java\tscript:alert(1)",
    ]) {
      expect(errorsOf(updateRecommendationSchema, form(row, { sourceUrl: url })), url).toEqual({
        sourceUrl: "unsafeUrl",
      });
    }
    expect(
      updateRecommendationSchema.parse(form(row, { sourceUrl: " https://docs.un.org/CAT/C/KAZ/CO/4 " })).sourceUrl,
    ).toBe("https://docs.un.org/CAT/C/KAZ/CO/4");
  });

  it("asks for the tick before a deletion", () => {
    expect(
      errorsOf(deleteRecommendationSchema, {
        recommendationId: "x",
        loadedAt: "2026-12-01T10:00:00.000Z",
        linkCount: "0",
      }),
    ).toEqual({ confirm: "recConfirmDelete" });
    expect(
      errorsOf(deleteRecommendationSchema, {
        recommendationId: "x",
        loadedAt: "2026-12-01T10:00:00.000Z",
        linkCount: "0",
        confirm: "yes",
      }),
    ).toEqual({});
  });
});

describe("correcting a recommendation", () => {
  it("saves the corrected translation, replaces themes and SDG targets, rebuilds the search column and audits what changed", async () => {
    const row = await stored();
    const corrected = "[ТЕСТ] Государству-участнику следует искоренить пытки.";
    const outcome = await update(
      form(row, {
        textRu: corrected,
        themes: "Torture\nDetention",
        sdgTargets: ["16.3", "5.2"],
        sourceUrl: "https://docs.un.org/x",
      }),
    );
    expect(outcome).toEqual({ ok: true, value: { id: row.id, isChanged: true } });
    const saved = await db.recommendation.findUniqueOrThrow({
      where: { id: row.id },
      include: { themes: true, sdgTargets: true },
    });
    expect(saved).toMatchObject({ textRu: corrected, sourceUrl: "https://docs.un.org/x", text: row.text });
    expect(saved.themes.map((item) => item.theme).sort()).toEqual(["Detention", "Torture"]);
    expect(saved.sdgTargets.map((item) => item.targetCode).sort()).toEqual(["16.3", "5.2"]);
    expect(saved.updatedAt.getTime()).toBeGreaterThan(row.updatedAt.getTime());
    expect(saved.searchText).toBe(recommendationSearchText({ ...saved, themes: ["Torture", "Detention"] }));
    expect((await searchRecommendationsForEditor("искоренить пытки")).map((item) => item.id)).toContain(row.id);
    expect((await searchRecommendationsForEditor("с опечаткой")).map((item) => item.id)).not.toContain(row.id);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "recommendation.update", entityId: row.id },
    });
    expect(JSON.parse(audit.before ?? "")).toEqual({
      textRu: row.textRu,
      themes: ["Torture"],
      sdgTargets: ["16.3"],
      sourceUrl: null,
    });
    expect(JSON.parse(audit.after ?? "")).toEqual({
      textRu: corrected,
      themes: ["Detention", "Torture"],
      sdgTargets: ["16.3", "5.2"],
      sourceUrl: "https://docs.un.org/x",
    });
  });

  it("refuses a save based on a version someone else has saved over, and keeps their save", async () => {
    const row = await stored();
    expect((await update(form(row, { textRu: "[ТЕСТ] Первая правка." }))).ok).toBe(true);
    const late = await update(form(row, { textRu: "[ТЕСТ] Вторая правка." }));
    expect(late.ok === false && late.kind === "invalid" ? key(late.fieldErrors.form) : late).toBe("recChangedSince");
    expect((await db.recommendation.findUniqueOrThrow({ where: { id: row.id } })).textRu).toBe("[ТЕСТ] Первая правка.");
  });

  it("sees a save as newer even when the clock shows the same instant (two saves within a millisecond)", async () => {
    const row = await stored();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(row.updatedAt);
      expect((await update(form(row, { textRu: "[ТЕСТ] Первая правка." }))).ok).toBe(true);
      expect((await update(form(row, { textRu: "[ТЕСТ] Вторая правка." }))).ok).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    expect((await db.recommendation.findUniqueOrThrow({ where: { id: row.id } })).textRu).toBe("[ТЕСТ] Первая правка.");
  });

  it("refuses a document, paragraph and state another recommendation has, with a message on the paragraph", async () => {
    const [first, second] = [await stored(), await stored()];
    const clash = await update(form(second, { paragraph: first.paragraph }));
    expect(clash.ok === false && clash.kind === "invalid" ? key(clash.fieldErrors.paragraph) : clash).toBe(
      `recKeyTaken {"symbol":"CAT/C/KAZ/CO/9","paragraph":"${first.paragraph}"}`,
    );
    expect((await db.recommendation.findUniqueOrThrow({ where: { id: second.id } })).paragraph).toBe(second.paragraph);
    // Its own key, or a free one, is fine.
    expect((await update(form(second, { paragraph: "777" }))).ok).toBe(true);
  });

  it("refuses an SDG target, a mechanism, a response or a state the import would refuse", async () => {
    const row = await stored();
    const outcome = await update(
      form(row, {
        sdgTargets: ["16.3", "16.9"],
        mechanismCode: "CAT",
        response: "SUPPORTED",
        recommendingState: "Fixtureland",
      }),
    );
    expect(
      outcome.ok === false && outcome.kind === "invalid"
        ? Object.fromEntries(Object.entries(outcome.fieldErrors).map(([field, token]) => [field, key(token)]))
        : outcome,
    ).toEqual({
      sdgTargets: 'recUnknownSdg {"code":"16.9"}',
      response: "recResponseOnlyUpr",
      recommendingState: "recStateOnlyUpr",
    });
    const unknown = await update(form(row, { mechanismCode: "NOPE" }));
    expect(unknown.ok === false && unknown.kind === "invalid" ? key(unknown.fieldErrors.mechanismCode) : unknown).toBe(
      'recUnknownMechanism {"value":"NOPE"}',
    );
    expect(await db.recommendationSdgTarget.count({ where: { recommendationId: row.id } })).toBe(1);
    // The same values are right for a UPR recommendation.
    const upr = await stored({ mechanismCode: "UPR", recommendingState: "Testonia" });
    expect((await update(form(upr, { response: "SUPPORTED_IN_PART" }))).ok).toBe(true);
  });

  it("answers not found for an id that does not exist", async () => {
    const row = await stored();
    expect(await update(form(row, { recommendationId: "no-such-recommendation" }))).toEqual({
      ok: false,
      kind: "not-found",
    });
  });
});

describe("deleting a recommendation", () => {
  it("removes it with its links, themes and SDG targets, and the audit log keeps enough to put it back", async () => {
    const row = await stored();
    await db.responsibleBody.upsert({
      where: { key: "government" },
      create: { key: "government", nameEn: "Government", nameRu: "Правительство", nameKk: "Үкімет" },
      update: {},
    });
    const commitment = await db.commitment.create({
      data: {
        slug: "deleted-recommendation-link",
        title: "Linked",
        summary: "s",
        category: "torture",
        responsibleBody: "government",
      },
    });
    expect((await linkRecommendation({ commitmentId: commitment.id, recommendationId: row.id }, editorId)).ok).toBe(
      true,
    );
    const confirm = { recommendationId: row.id, loadedAt: row.updatedAt.toISOString(), confirm: "yes" };

    // Confirmed for no links while it has one: refused, nothing deleted.
    const stale = await deleteRecommendation(
      deleteRecommendationSchema.parse({ ...confirm, linkCount: "0" }),
      editorId,
    );
    expect(stale.ok === false && stale.kind === "invalid" ? key(stale.fieldErrors.confirm) : stale).toBe(
      'recLinksChanged {"count":1}',
    );
    expect(await db.recommendation.count({ where: { id: row.id } })).toBe(1);

    expect(
      await deleteRecommendation(deleteRecommendationSchema.parse({ ...confirm, linkCount: "1" }), editorId),
    ).toEqual({ ok: true, value: { symbol: row.symbol, paragraph: row.paragraph } });
    expect(await db.recommendation.count({ where: { id: row.id } })).toBe(0);
    expect(await db.commitmentRecommendation.count({ where: { recommendationId: row.id } })).toBe(0);
    expect(await db.recommendationTheme.count({ where: { recommendationId: row.id } })).toBe(0);
    expect(await db.recommendationSdgTarget.count({ where: { recommendationId: row.id } })).toBe(0);
    expect(await db.commitment.count({ where: { id: commitment.id } })).toBe(1);

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "recommendation.delete", entityType: "Recommendation", entityId: row.id },
    });
    expect(audit.actorId).toBe(editorId);
    const snapshot = JSON.parse(audit.before ?? "") as {
      recommendation: Record<string, unknown> & { themes: string[]; sdgTargets: string[] };
      links: { commitmentId: string; slug: string; linkedById: string }[];
    };
    expect(snapshot.recommendation).toMatchObject({
      id: row.id,
      symbol: row.symbol,
      paragraph: row.paragraph,
      text: row.text,
      textRu: row.textRu,
      affectedGroups: "Detainees",
      themes: ["Torture"],
      sdgTargets: ["16.3"],
    });
    expect(snapshot.links).toEqual([
      expect.objectContaining({
        commitmentId: commitment.id,
        slug: "deleted-recommendation-link",
        linkedById: editorId,
      }),
    ]);
    expect(await db.auditEvent.count({ where: { action: "recommendation.unlink", entityId: commitment.id } })).toBe(1);

    // Put back from the snapshot alone: the same row, its themes, targets and links.
    const { themes, sdgTargets, ...fields } = snapshot.recommendation;
    await db.recommendation.create({
      data: {
        ...(fields as never as Parameters<typeof db.recommendation.create>[0]["data"]),
        themes: { create: themes.map((theme) => ({ theme })) },
        sdgTargets: { create: sdgTargets.map((targetCode) => ({ targetCode })) },
        commitments: {
          create: snapshot.links.map((link) => ({ commitmentId: link.commitmentId, linkedById: link.linkedById })),
        },
      },
    });
    expect(await db.commitmentRecommendation.count({ where: { recommendationId: row.id } })).toBe(1);
  });

  it("refuses a deletion confirmed on a version someone else has corrected since, and an unknown id", async () => {
    const row = await stored();
    expect((await update(form(row, { textRu: "[ТЕСТ] Исправлено." }))).ok).toBe(true);
    const late = await deleteRecommendation(
      deleteRecommendationSchema.parse({
        recommendationId: row.id,
        loadedAt: row.updatedAt.toISOString(),
        linkCount: "0",
        confirm: "yes",
      }),
      editorId,
    );
    expect(late.ok === false && late.kind === "invalid" ? key(late.fieldErrors.form) : late).toBe("recChangedSince");
    expect(await db.recommendation.count({ where: { id: row.id } })).toBe(1);
    expect(
      await deleteRecommendation(
        deleteRecommendationSchema.parse({
          recommendationId: "gone",
          loadedAt: row.updatedAt.toISOString(),
          linkCount: "0",
          confirm: "yes",
        }),
        editorId,
      ),
    ).toEqual({ ok: false, kind: "not-found" });
  });
});

describe("correcting a recommendation: the keys an import recognises it by", () => {
  it("follow the corrected symbol, paragraph and text, so a re-import finds the row instead of adding one", async () => {
    const row = await stored();
    const result = await update(
      form(row, { paragraph: "7071", text: "[FIXTURE] The State party should end torture in all places." }),
    );
    expect(result).toMatchObject({ ok: true });
    const saved = await db.recommendation.findUniqueOrThrow({ where: { id: row.id } });
    expect(saved.identityKey).toBe("doc:CAT/C/KAZ/CO/9|7071|");
    expect(saved.textKey).toBe(
      textIdentity("CAT", "Fixture session 9", [], "[FIXTURE] The State party should end torture in all places."),
    );
  });

  it("refuses a correction that would make the row another stored one's twin", async () => {
    const first = await stored();
    const second = await stored();
    await db.recommendation.update({ where: { id: first.id }, data: { identityKey: "doc:CAT/C/KAZ/CO/9|9001|" } });
    const result = await update(form(second, { paragraph: "9001" }));
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    expect((await db.recommendation.findUniqueOrThrow({ where: { id: second.id } })).paragraph).toBe(second.paragraph);
  });
});
