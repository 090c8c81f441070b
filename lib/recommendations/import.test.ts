import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { decodeUpload } from "@/lib/import/decode";
import { parseCsv, serialiseParsedFile } from "@/lib/import/parse";
import { saveImportDraft } from "@/lib/import/mutations";
import { translateMessage } from "@/lib/forms/messages";
import { planRecommendationDraft } from "./import-data";
import type { RecommendationPlan } from "./import-plan";
import { applyRecommendationPlan } from "./import-mutations";

const FIXTURES = "tests/fixtures/recommendations";
let editorId = "";

beforeAll(async () => {
  editorId = (
    await db.user.create({
      data: { email: "rec-importer@example.org", name: "Importer", passwordHash: "x", role: "EDITOR" },
    })
  ).id;
});
afterAll(() => db.$disconnect());

async function draftOf(file: string) {
  const decoded = decodeUpload(new Uint8Array(readFileSync(`${FIXTURES}/${file}`)));
  if (!decoded.isOk) throw new Error(decoded.message);
  const parsed = await parseCsv(decoded.text);
  if (!parsed.isOk) throw new Error(parsed.message);
  const draft = await saveImportDraft(
    {
      kind: "recommendations",
      fileName: file,
      content: decoded.text,
      parsed: await serialiseParsedFile(parsed),
      note: decoded.note,
    },
    editorId,
  );
  return { id: draft.id, content: decoded.text, parsed: await serialiseParsedFile(parsed), note: decoded.note };
}

async function planOf(file: string) {
  const draft = await draftOf(file);
  const plan = await planRecommendationDraft(draft);
  if ("parseError" in plan) throw new Error(plan.parseError);
  return { draft, plan };
}

// Message tokens as keys with arguments, e.g. "recDuplicateRow {"row":4}", read without a catalogue.
const key = (token: string) =>
  translateMessage(
    token,
    Object.assign((name: string, values?: object) => `${name}${values ? ` ${JSON.stringify(values)}` : ""}`, {
      has: () => true,
    }),
  );

describe("importing recommendations", () => {
  it("reads the UHRI layout, keeps translations, themes and SDG targets, and writes them on confirm", async () => {
    const { draft, plan } = await planOf("uhri-cat-kazakhstan.csv");
    expect(plan.layout).toBe("uhri");
    expect(plan.errors).toEqual([]);
    expect(plan.creates.map((row) => row.paragraph)).toEqual(["10", "12", "14", "20"]);
    const first = plan.creates[0]!;
    expect(first).toMatchObject({
      mechanismCode: "CAT",
      symbol: "CAT/C/KAZ/CO/4",
      textLocale: "en",
      response: "NONE",
      recommendingState: "",
      sdgTargets: ["16.3", "16.a"],
    });
    expect(first.textRu).toMatch(/^\[ТЕСТ\] Государству-участнику/);
    expect(first.themes).toEqual([
      "Torture and other cruel, inhuman or degrading treatment",
      "Administration of justice",
    ]);
    const outcome = await applyRecommendationPlan(plan, draft.id, editorId);
    expect(outcome).toEqual({ ok: true, value: { created: 4 } });
    const stored = await db.recommendation.findFirstOrThrow({
      where: { symbol: "CAT/C/KAZ/CO/4", paragraph: "10" },
      include: { themes: true, sdgTargets: true },
    });
    expect(stored.sdgTargets.map((target) => target.targetCode).sort()).toEqual(["16.3", "16.a"]);
    expect(stored.issuedOn?.toISOString()).toBe("2021-12-07T00:00:00.000Z");
  });

  it("leaves rows already imported as they are (deduplicated by symbol, paragraph and state)", async () => {
    const { plan } = await planOf("uhri-cat-kazakhstan.csv");
    expect(plan.creates).toEqual([]);
    expect(plan.unchanged.map((row) => row.paragraph)).toEqual(["10", "12", "14", "20"]);
  });

  it("reads a semicolon file saved in Windows-1251, with Russian original text and dotted dates", async () => {
    const { draft, plan } = await planOf("uhri-cat-kazakhstan-1251.csv");
    expect(draft.note).not.toBeNull();
    expect(plan.errors).toEqual([]);
    expect(plan.creates.map((row) => [row.paragraph, row.textLocale, row.issuedOn?.toISOString()])).toEqual([
      ["22", "ru", "2021-12-07T00:00:00.000Z"],
      ["24", "ru", "2021-12-07T00:00:00.000Z"],
    ]);
    expect(plan.creates[0]!.text).toMatch(/^\[ТЕСТ\] Государству-участнику следует обеспечить доступ/);
  });

  it("reads UPR Info's layout as UPR recommendations with responses, one per recommending state", async () => {
    const { plan } = await planOf("upr-info-kazakhstan.csv");
    expect(plan.layout).toBe("upr-info");
    expect(plan.errors).toEqual([]);
    expect(plan.creates.map((row) => [row.mechanismCode, row.paragraph, row.recommendingState, row.response])).toEqual([
      ["UPR", "118.1", "Fixtureland", "NOTED"],
      ["UPR", "118.2", "Testonia", "SUPPORTED"],
      ["UPR", "118.2", "Fixtureland", "SUPPORTED_IN_PART"],
    ]);
  });

  it("explains every bad row by row and column, and writes nothing", async () => {
    const before = await db.recommendation.count();
    const { draft, plan } = await planOf("uhri-bad-rows.csv");
    expect(plan.errors.map((error) => [error.rowNumber, error.column, key(error.message).split(" ")[0]])).toEqual([
      [2, "body", "recUnknownMechanism"],
      [3, "symbol", "recSymbolFormat"],
      [5, "paragraph", "recDuplicateRow"],
      [6, "annotation", "recTextMissing"],
      [7, "paragraph", "recParagraphNumber"],
    ]);
    expect(key(plan.errors[2]!.message)).toBe('recDuplicateRow {"row":4}');
    const outcome = await applyRecommendationPlan(plan, draft.id, editorId);
    expect(outcome.ok).toBe(false);
    expect(await db.recommendation.count()).toBe(before);
  });

  it("refuses a response on a treaty-body row and an SDG target Uade does not list", async () => {
    const csv =
      "Symbol,Paragraph,Body,Annotation,Position,SDGs\r\nCAT/C/KAZ/CO/4,40,CAT,[FIXTURE] x,Supported,99.9\r\n";
    const parsed = await parseCsv(csv);
    if (!parsed.isOk) throw new Error(parsed.message);
    const plan = (await planRecommendationDraft({
      content: csv,
      parsed: await serialiseParsedFile(parsed),
    })) as RecommendationPlan;
    expect(plan.errors.map((error) => key(error.message).split(" ")[0])).toEqual([
      "recResponseOnlyUpr",
      "recUnknownSdg",
    ]);
  });
});

describe("links and the mechanism summary", () => {
  it("counts recommendations, and the published linked commitments by assessment, each once", async () => {
    const { linkRecommendation, unlinkRecommendation } = await import("./mutations");
    const { getMechanismSummary, listRecommendationsForCommitment } = await import("./data");
    await db.responsibleBody.upsert({
      where: { key: "government" },
      create: { key: "government", nameEn: "Government", nameRu: "Правительство", nameKk: "Үкімет" },
      update: {},
    });
    const make = (slug: string, assessment: "IMPLEMENTED" | "NOT_STARTED", isPublished: boolean) =>
      db.commitment.create({
        data: {
          slug,
          title: slug,
          summary: "s",
          category: "torture",
          responsibleBody: "government",
          assessment,
          isPublished,
        },
      });
    const implemented = await make("summary-implemented", "IMPLEMENTED", true);
    const draft = await make("summary-draft", "NOT_STARTED", false);
    const [first, second] = await db.recommendation.findMany({
      where: { mechanismCode: "CAT" },
      orderBy: { paragraph: "asc" },
      take: 2,
    });
    for (const [commitment, recommendation] of [
      [implemented, first!],
      [implemented, second!],
      [draft, first!],
    ] as const) {
      expect(
        (await linkRecommendation({ commitmentId: commitment.id, recommendationId: recommendation.id }, editorId)).ok,
      ).toBe(true);
    }
    // Linking twice is a no-op, not a second row.
    expect(await linkRecommendation({ commitmentId: implemented.id, recommendationId: first!.id }, editorId)).toEqual({
      ok: true,
      value: { linked: false },
    });
    const summary = await getMechanismSummary("CAT", "Fixture session 4");
    expect(summary).toMatchObject({
      total: 4,
      responses: { NONE: 4 },
      linkedCommitments: 1,
      assessments: { IMPLEMENTED: 1 },
    });
    expect((await listRecommendationsForCommitment(implemented.id)).map((item) => item.paragraph)).toEqual([
      "10",
      "12",
    ]);
    expect(
      (await unlinkRecommendation({ commitmentId: implemented.id, recommendationId: second!.id }, editorId)).ok,
    ).toBe(true);
    expect(
      (await unlinkRecommendation({ commitmentId: implemented.id, recommendationId: second!.id }, editorId)).ok,
    ).toBe(false);
    expect(
      await db.auditEvent.count({ where: { action: { in: ["recommendation.link", "recommendation.unlink"] } } }),
    ).toBe(4);
  });
});
