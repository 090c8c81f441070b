import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import { createVersionReader } from "./version";

// The public data version is only as good as its triggers: every table that public pages, data
// addresses or feeds read must bump it on every insert, update and delete, in the writer's own
// transaction. Tables listed here hold nothing the public ever sees.
const PRIVATE_TABLES = [
  "User",
  "SignInAttempt",
  "AuditEvent",
  "AppMeta",
  "ImportDraft",
  "PublicDataVersion",
  "WorkspaceSettings",
  "StatusProposal",
  "ChangeProposal",
  "ReaderCorrection",
  "_prisma_migrations",
  "Subscription",
  "NotificationEvent",
  "Delivery",
  "Webhook",
  // Workspace only: an editor's "not related" marks (suggestions are never public) and the
  // command-line import's progress records.
  "SuggestionDecision",
  "ImportRun",
  // Derived: written only by triggers on public tables, in the same statement's transaction, so
  // the write that changes them has already bumped the version (migration 20261207130000).
  "RecommendationFacet",
  ...["RecommendationSearch", "CommitmentSearch"].flatMap((index) =>
    ["", "_config", "_data", "_docsize", "_idx", "_content"].map((part) => `${index}${part}`),
  ),
];

const reader = createVersionReader(process.env.DATABASE_URL ?? "");
afterAll(async () => {
  reader.close();
  await db.$disconnect();
});

const version = async () => Number(String(await reader.read()).split(".")[1]);

async function newCommitment(slug: string) {
  return db.commitment.create({
    data: {
      slug,
      title: "Ratify OPCAT",
      summary: "s",
      category: "torture",
      responsibleBody: "parliament",
      isPublished: true,
    },
  });
}

describe("the public data version", () => {
  it("has insert, update and delete triggers on every table outside the private list", async () => {
    const isPostgres = dialectOf() === "postgres";
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      isPostgres
        ? "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public'"
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    );
    const triggers = new Set(
      (
        await db.$queryRawUnsafe<{ name: string }[]>(
          isPostgres
            ? "SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal"
            : "SELECT name FROM sqlite_master WHERE type = 'trigger'",
        )
      ).map((row) => row.name),
    );
    const publicTables = tables.map((row) => row.name).filter((name) => !PRIVATE_TABLES.includes(name));
    expect(publicTables).toEqual(
      expect.arrayContaining(["Commitment", "StatusChange", "Evidence", "Quote", "Source", "CommitmentTranslation"]),
    );
    const missing = publicTables
      .flatMap((table) => ["insert", "update", "delete"].map((op) => `${table}_public_version_${op}`))
      .filter((name) => !triggers.has(name));
    expect(missing).toEqual([]);
  });

  it("is bumped by a committed write, from a connection other than the reader's", async () => {
    const before = await version();
    const commitment = await newCommitment(`v-${Date.now()}`);
    expect(await version()).toBe(before + 1);
    await db.commitment.update({ where: { id: commitment.id }, data: { title: "Ratify OPCAT now" } });
    expect(await version()).toBe(before + 2);
    await db.commitmentTranslation.create({
      data: { commitmentId: commitment.id, locale: "ru", title: "Ратифицировать ФП КПП", summary: "s" },
    });
    await db.commitment.delete({ where: { id: commitment.id } });
    // The delete cascades to the translation: both rows bump.
    expect(await version()).toBe(before + 5);
  });

  it("is not bumped by a write that rolls back, nor by private tables", async () => {
    const before = await version();
    await expect(
      db.$transaction(async (tx) => {
        await tx.commitment.create({
          data: {
            slug: `rolled-back-${Date.now()}`,
            title: "t",
            summary: "s",
            category: "torture",
            responsibleBody: "parliament",
          },
        });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    await db.signInAttempt.create({ data: { email: "a@example.org", ip: "127.0.0.1", isSuccess: false } });
    await db.auditEvent.create({ data: { action: "test.write", entityType: "Test", entityId: "1" } });
    expect(await version()).toBe(before);
  });

  it("carries a per-database epoch, so a reset file never matches another's versions", async () => {
    expect(String(await reader.read())).toMatch(/^[0-9a-f]{16}\.\d+$/);
  });
});
