import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { inEnglish } from "@/lib/forms/english-messages";
import { createCommitment } from "@/lib/commitments/mutations";
import { createCommitmentSchema } from "@/lib/commitments/schema";
import { createBody, updateBody } from "./mutations";
import { createBodySchema, updateBodySchema } from "./schema";

afterAll(() => db.$disconnect());

let adminId = "";
beforeAll(async () => {
  adminId = (
    await db.user.create({
      data: { email: "bodies-admin@example.org", name: "Admin", passwordHash: "x", role: "ADMIN" },
    })
  ).id;
});

describe("the responsible-body vocabulary", () => {
  it("ships the dataset's bodies with Russian and Kazakh names", async () => {
    expect(await db.responsibleBody.findUnique({ where: { key: "government" } })).toMatchObject({
      nameEn: "Government",
      nameRu: "Правительство",
      nameKk: "Үкімет",
    });
  });

  it("adds a body with names in three languages and audits it; a taken key or a bad key is a field error", async () => {
    const input = createBodySchema.parse({
      key: "ministry-of-justice",
      nameEn: "Ministry of Justice",
      nameRu: "Министерство юстиции",
      nameKk: "Әділет министрлігі",
    });
    expect(await createBody(input, adminId)).toEqual({ ok: true, value: { key: "ministry-of-justice" } });
    expect(
      await db.auditEvent.count({
        where: {
          action: "body.create",
          entityType: "ResponsibleBody",
          entityId: "ministry-of-justice",
          actorId: adminId,
        },
      }),
    ).toBe(1);
    const again = await createBody(input, adminId);
    expect(again.ok).toBe(false);
    if (!again.ok && again.kind === "invalid")
      expect(inEnglish(again.fieldErrors.key ?? "")).toContain("ministry-of-justice");
    const bad = createBodySchema.safeParse({ key: "Ministry of Justice", nameEn: "x", nameRu: "x", nameKk: "" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["key", "nameKk"]);
  });

  it("renames a body only from the version it was opened at; a stale save is a conflict with the current names", async () => {
    await db.responsibleBody.create({ data: { key: "senate", nameEn: "Senate", nameRu: "Сенат", nameKk: "Сенат" } });
    const rename = (version: number, nameEn: string) =>
      updateBody(
        updateBodySchema.parse({
          key: "senate",
          version,
          nameEn,
          nameRu: "Сенат Парламента",
          nameKk: "Парламент Сенаты",
        }),
        adminId,
      );
    expect(await rename(1, "Senate of Parliament")).toEqual({ ok: true, value: { key: "senate" } });
    const stale = await rename(1, "Upper house");
    expect(stale).toMatchObject({
      ok: false,
      kind: "conflict",
      currentVersion: 2,
      current: { nameEn: "Senate of Parliament" },
    });
    expect(await db.responsibleBody.findUniqueOrThrow({ where: { key: "senate" } })).toMatchObject({
      nameEn: "Senate of Parliament",
      nameKk: "Парламент Сенаты",
      version: 2,
    });
  });

  it("refuses a commitment whose body is not in the vocabulary, with a field error instead of a database failure", async () => {
    const input = createCommitmentSchema.parse({
      title: "Ratify CED",
      summary: "s",
      category: "justice",
      responsibleBody: "ministry-of-magic",
      instruments: [],
      officialClaim: "NO_CLAIM",
      quoteText: "q",
      sourceTitle: "t",
    });
    const result = await createCommitment(input, adminId);
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok && result.kind === "invalid") expect(Object.keys(result.fieldErrors)).toEqual(["responsibleBody"]);
  });
});
