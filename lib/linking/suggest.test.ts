import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hasPermission } from "@/lib/auth/permissions";
import { OPERATIONS } from "@/lib/operations/registry";
import { getSameMatter, listSuggestedRecommendations } from "./data";
import { insertLinkingFixture } from "./fixture";
import { dismissSuggestion, linkRecommendations } from "./mutations";
import { suggestCommitments } from "./suggest";

// Suggestions through the full-text index and the rerank, on the hand-marked test set in a real
// database; "not related" and bulk links as an editor makes them.

let ids = new Map<string, string>();
let editorId = "";

async function commitment(slug: string, title: string, summary: string, category: string) {
  return db.commitment.create({
    data: { slug, title, summary, category, responsibleBody: "government", isPublished: true },
    select: { id: true },
  });
}

beforeAll(async () => {
  ids = await insertLinkingFixture(db);
  editorId = (await db.user.create({ data: { email: "linker@example.org", name: "Linker", passwordHash: "x" } })).id;
});
afterAll(() => db.$disconnect());

const keysOf = (rows: { id: string }[]) => {
  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  return rows.map((row) => keyOf.get(row.id) ?? row.id);
};

describe("suggested recommendations", () => {
  it("finds the death-penalty recommendations, English and Russian, for the Second Optional Protocol commitment", async () => {
    const { id } = await commitment(
      "second-optional-protocol",
      "Ratify the Second Optional Protocol to the ICCPR",
      "Abolish the death penalty for all crimes.",
      "death-penalty",
    );
    const top = keysOf(await listSuggestedRecommendations(id)).slice(0, 5);
    expect(top).toContain("dp-1");
    expect(top).toContain("dp-2");
    expect(top.filter((key) => key.startsWith("dp-")).length).toBeGreaterThanOrEqual(4);
  });

  it("finds the domestic-violence recommendations for the domestic-violence commitment", async () => {
    const { id } = await commitment(
      "criminalise-dv",
      "Criminalise domestic violence",
      "Make domestic violence a criminal offence.",
      "women",
    );
    const top = keysOf(await listSuggestedRecommendations(id)).slice(0, 3);
    expect(top.every((key) => key.startsWith("dv-"))).toBe(true);
  });

  it("suggests nothing for a commitment with no words in common", async () => {
    const { id } = await commitment("satellite", "Launch a weather satellite", "Into orbit.", "other");
    expect(await listSuggestedRecommendations(id)).toEqual([]);
  });

  it("never suggests again a pair marked not related, nor a linked one, from either side", async () => {
    const { id } = await commitment(
      "abolish-death-penalty",
      "Abolish the death penalty",
      "Ratify the Second Optional Protocol.",
      "death-penalty",
    );
    const before = await listSuggestedRecommendations(id);
    const [first, second] = before;
    expect(first && second).toBeTruthy();
    expect((await dismissSuggestion({ commitmentId: id, recommendationId: first!.id }, editorId)).ok).toBe(true);
    await db.commitmentRecommendation.create({ data: { commitmentId: id, recommendationId: second!.id } });
    const after = (await listSuggestedRecommendations(id)).map((row) => row.id);
    expect(after).not.toContain(first!.id);
    expect(after).not.toContain(second!.id);
    const reverse = (await suggestCommitments(db, first!.id, 50)).map((scored) => scored.item.id);
    expect(reverse).not.toContain(id);
    const audit = await db.auditEvent.findMany({ where: { action: "suggestion.dismiss", entityId: id } });
    expect(audit).toHaveLength(1);
    // A linked pair cannot be marked not related; marking twice writes nothing more.
    expect((await dismissSuggestion({ commitmentId: id, recommendationId: second!.id }, editorId)).ok).toBe(false);
    expect(await dismissSuggestion({ commitmentId: id, recommendationId: first!.id }, editorId)).toEqual({
      ok: true,
      value: { isDismissed: false },
    });
  });
});

describe("made before / made again", () => {
  it("groups the death-penalty demand across cycles and languages, and not the torture ones", async () => {
    const group = await getSameMatter(ids.get("dp-2")!, new Date("2014-06-15T00:00:00Z"));
    const keys = keysOf(group.others);
    expect(keys).toContain("dp-1");
    expect(keys.some((key) => key.startsWith("tor-"))).toBe(false);
    expect(group.times).toBe(group.others.length + 1);
    expect(group.since).toBe(2010);
  });
});

describe("bulk linking", () => {
  it("links the ticked recommendations in one go, skipping and counting those already linked, one audit event per link", async () => {
    const { id } = await commitment("bulk-target", "Prevent domestic violence", "Protect victims.", "women");
    const [a, b, c] = ["dv-1", "dv-2", "dv-3"].map((key) => ids.get(key)!);
    await db.commitmentRecommendation.create({ data: { commitmentId: id, recommendationId: a! } });
    const outcome = await linkRecommendations({ commitmentId: id, recommendationIds: [a!, b!, c!, "gone"] }, editorId);
    expect(outcome).toEqual({ ok: true, value: { linked: 2, alreadyLinked: 1, missing: 1 } });
    expect(await db.commitmentRecommendation.count({ where: { commitmentId: id } })).toBe(3);
    const audit = await db.auditEvent.findMany({ where: { action: "recommendation.link", entityId: id } });
    expect(audit.map((event) => JSON.parse(event.after ?? "{}").recommendationId).sort()).toEqual([b, c].sort());
  });

  it("refuses an archived commitment and writes nothing", async () => {
    const { id } = await commitment("bulk-archived", "Archived", "Old.", "women");
    await db.commitment.update({ where: { id }, data: { isArchived: true } });
    const outcome = await linkRecommendations({ commitmentId: id, recommendationIds: [ids.get("dv-1")!] }, editorId);
    expect(outcome.ok).toBe(false);
    expect(await db.commitmentRecommendation.count({ where: { commitmentId: id } })).toBe(0);
  });

  it("is for editors: a contributor sees suggestions but may not link or mark them", () => {
    for (const name of ["recommendation.link-many", "suggestion.dismiss", "recommendation.link"] as const) {
      const permission = OPERATIONS[name].permission;
      expect(hasPermission("EDITOR", permission)).toBe(true);
      expect(hasPermission("CONTRIBUTOR", permission)).toBe(false);
    }
  });
});
