import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveCommitmentTranslation } from "./mutations";

afterAll(() => db.$disconnect());

describe("saveCommitmentTranslation", () => {
  it("adds, replaces and removes a language version, keeps search in step, and audits each change", async () => {
    const actor = await db.user.create({
      data: { email: "translator@example.org", name: "Translator", passwordHash: "x", role: "EDITOR" },
    });
    const commitment = await db.commitment.create({
      data: {
        slug: "translate-me",
        title: "Abolish the death penalty",
        summary: "A promise.",
        category: "death-penalty",
        responsibleBody: "parliament",
      },
    });

    const added = await saveCommitmentTranslation(
      { commitmentId: commitment.id, version: 1, locale: "kk", title: "Өлім жазасын жою", summary: "Уәде." },
      actor.id,
    );
    expect(added.ok).toBe(true);
    let stored = await db.commitment.findUniqueOrThrow({
      where: { id: commitment.id },
      include: { translations: true },
    });
    expect(stored.translations).toMatchObject([{ locale: "kk", title: "Өлім жазасын жою" }]);
    expect(stored.searchText).toContain("өлім жазасын жою");
    expect(stored.version).toBe(2);

    const stale = await saveCommitmentTranslation(
      { commitmentId: commitment.id, version: 1, locale: "kk", title: "Ескі", summary: "Ескі." },
      actor.id,
    );
    expect(stale).toMatchObject({ ok: false, kind: "conflict" });

    const source = await saveCommitmentTranslation(
      { commitmentId: commitment.id, version: 2, locale: "en", title: "x", summary: "y" },
      actor.id,
    );
    expect(source).toMatchObject({ ok: false, kind: "invalid" });

    const removed = await saveCommitmentTranslation(
      { commitmentId: commitment.id, version: 2, locale: "kk", title: "", summary: "" },
      actor.id,
    );
    expect(removed.ok).toBe(true);
    stored = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id }, include: { translations: true } });
    expect(stored.translations).toEqual([]);
    expect(stored.searchText).not.toContain("өлім");
    expect(await db.auditEvent.count({ where: { entityId: commitment.id, action: "commitment.translate" } })).toBe(2);
  });
});
