import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  addQuote,
  createCommitment,
  editSource,
  removeQuote,
  setCommitmentArchived,
  setCommitmentPublication,
  updateCommitment,
} from "./mutations";
import {
  addQuoteSchema,
  archiveSchema,
  createCommitmentSchema,
  editSourceSchema,
  publicationSchema,
  removeQuoteSchema,
  updateCommitmentSchema,
} from "./schema";
import { inEnglish } from "@/lib/forms/english-messages";
import { message } from "@/lib/forms/messages";

afterAll(() => db.$disconnect());

let editorId = "";
beforeAll(async () => {
  editorId = (
    await db.user.create({ data: { email: "commitments-editor@example.org", name: "Editor", passwordHash: "x" } })
  ).id;
  await db.instrument.create({ data: { code: "OPCAT", name: "Optional Protocol to the Convention against Torture" } });
});

const base = {
  title: "Établir un mécanisme national de prévention",
  summary: "An independent body visits places of detention.",
  category: "torture",
  responsibleBody: "ombudsman",
  instruments: ["OPCAT"],
  officialClaim: "ANNOUNCED",
  quoteText: "Мы создадим национальный превентивный механизм.",
  sourceTitle: "Speech at the Human Rights Council",
};

async function created(overrides: Record<string, unknown> = {}) {
  const result = await createCommitment(createCommitmentSchema.parse({ ...base, ...overrides }), editorId);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return db.commitment.findUniqueOrThrow({
    where: { id: result.value.id },
    include: { instruments: true, quotes: true },
  });
}

describe("creating and editing commitments", () => {
  it("records the language the text was written in and derives a Latin slug from a Russian title", async () => {
    const stored = await created({
      title: "Расширить национальный превентивный механизм к концу 2025 года",
      summary: "Распространить НПМ на все места лишения свободы.",
      sourceLocale: "ru",
    });
    expect(stored.sourceLocale).toBe("ru");
    expect(stored.slug).toBe("rasshirit-nacionalnyy-preventivnyy-mehanizm-k-koncu-2025-goda");
  });

  it("takes English when a script sends no language, and refuses an unknown one", async () => {
    expect((await created({ title: "Without a language" })).sourceLocale).toBe("en");
    const refused = createCommitmentSchema.safeParse({ ...base, sourceLocale: "de" });
    expect(refused.success).toBe(false);
  });

  it("creates a draft with a slug from the title, its first quote and source, search text and an audit event", async () => {
    const commitment = await created();
    expect(commitment).toMatchObject({
      slug: "etablir-un-mecanisme-national-de-prevention",
      isPublished: false,
      isArchived: false,
      officialClaim: "ANNOUNCED",
      assessment: "NOT_ASSESSED",
      version: 1,
    });
    expect(commitment.instruments.map((link) => link.instrumentCode)).toEqual(["OPCAT"]);
    expect(commitment.quotes).toHaveLength(1);
    expect(commitment.searchText).toContain("мы создадим");
    expect(
      await db.auditEvent.count({ where: { entityId: commitment.id, action: "commitment.create", actorId: editorId } }),
    ).toBe(1);
    const second = await created();
    expect(second.slug).toBe("etablir-un-mecanisme-national-de-prevention-2");
  });

  it("writes only the fields the form owns (no mass assignment)", async () => {
    const commitment = await created({ slug: "mass-assignment" });
    const input = updateCommitmentSchema.parse({
      ...base,
      commitmentId: commitment.id,
      version: 1,
      title: "New title",
      isPublished: "true",
      assessment: "IMPLEMENTED",
      version_: 99,
      searchText: "injected",
    });
    expect(input).not.toHaveProperty("isPublished");
    expect(input).not.toHaveProperty("assessment");
    expect((await updateCommitment(input, editorId)).ok).toBe(true);
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
      title: "New title",
      isPublished: false,
      assessment: "NOT_ASSESSED",
      version: 2,
    });
  });

  it("refuses a stale edit with the current record, and an unknown instrument", async () => {
    const commitment = await created({ slug: "stale-edit" });
    const edit = (version: number, title: string, instruments = ["OPCAT"]) =>
      updateCommitment(
        updateCommitmentSchema.parse({ ...base, instruments, commitmentId: commitment.id, version, title }),
        editorId,
      );
    expect((await edit(1, "First save")).ok).toBe(true);
    expect(await edit(1, "Second save")).toMatchObject({
      ok: false,
      kind: "conflict",
      currentVersion: 2,
      current: { title: "First save" },
    });
    expect(await edit(2, "Bad", ["NOT-A-TREATY"])).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { instruments: message("chooseInstruments") },
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
      title: "First save",
      version: 2,
    });
  });

  it("keeps the slug once published, even after unpublishing", async () => {
    const commitment = await created({ slug: "stable-slug" });
    expect(
      (
        await updateCommitment(
          updateCommitmentSchema.parse({ ...base, commitmentId: commitment.id, version: 1, slug: "renamed-draft" }),
          editorId,
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await setCommitmentPublication(
          publicationSchema.parse({ commitmentId: commitment.id, version: 2, change: "publish" }),
          editorId,
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await setCommitmentPublication(
          publicationSchema.parse({ commitmentId: commitment.id, version: 3, change: "unpublish" }),
          editorId,
        )
      ).ok,
    ).toBe(true);
    const renamed = await updateCommitment(
      updateCommitmentSchema.parse({ ...base, commitmentId: commitment.id, version: 4, slug: "renamed-after" }),
      editorId,
    );
    expect(renamed).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { slug: message("slugLocked") } });
    const stored = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(stored).toMatchObject({ slug: "renamed-draft", isPublished: false });
    expect(stored.firstPublishedAt).not.toBeNull();
    expect(
      await db.auditEvent.count({
        where: { entityId: commitment.id, action: { in: ["commitment.publish", "commitment.unpublish"] } },
      }),
    ).toBe(2);
  });

  it("archives and restores, checking the version", async () => {
    const commitment = await created({ slug: "archive-me" });
    expect(
      (
        await setCommitmentArchived(
          archiveSchema.parse({ commitmentId: commitment.id, version: 1, change: "archive" }),
          editorId,
        )
      ).ok,
    ).toBe(true);
    expect(
      await setCommitmentArchived(
        archiveSchema.parse({ commitmentId: commitment.id, version: 1, change: "restore" }),
        editorId,
      ),
    ).toMatchObject({ kind: "conflict" });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).isArchived).toBe(true);
  });

  it("adds quotes and removes them, but never the last one", async () => {
    const commitment = await created({ slug: "quotes" });
    const added = await addQuote(
      addQuoteSchema.parse({
        commitmentId: commitment.id,
        version: 1,
        quoteText: "A second verbatim quote.",
        sourceTitle: "Interview",
      }),
      editorId,
    );
    expect(added.ok).toBe(true);
    const quotes = await db.quote.findMany({ where: { commitmentId: commitment.id }, orderBy: { position: "asc" } });
    expect(quotes).toHaveLength(2);
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).searchText).toContain(
      "a second verbatim quote.",
    );
    expect(
      (
        await removeQuote(
          removeQuoteSchema.parse({ commitmentId: commitment.id, version: 2, quoteId: quotes[0]?.id }),
          editorId,
        )
      ).ok,
    ).toBe(true);
    const last = await removeQuote(
      removeQuoteSchema.parse({ commitmentId: commitment.id, version: 3, quoteId: quotes[1]?.id }),
      editorId,
    );
    expect(last).toEqual({ ok: false, kind: "invalid", fieldErrors: { quoteId: message("lastQuote") } });
    expect(await db.quote.count({ where: { commitmentId: commitment.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: commitment.id, action: "quote.remove" } })).toBe(1);
  });

  it("gives a plain validation error for a 10,000-character title", () => {
    const result = createCommitmentSchema.safeParse({ ...base, title: "x".repeat(10_000) });
    expect(inEnglish(result.error?.issues.find((issue) => issue.path[0] === "title")?.message ?? "")).toBe(
      "Use at most 200 characters.",
    );
  });

  it("edits a source with the version check, refusing an unsafe link, and audits it", async () => {
    const commitment = await created({ slug: "source-edit" });
    const sourceId = commitment.quotes[0]?.sourceId ?? "";
    const edit = (version: number, fields: Record<string, string>) =>
      editSource(
        editSourceSchema.parse({
          sourceId,
          version,
          commitmentId: commitment.id,
          title: "Speech at the Human Rights Council",
          kind: "SPEECH",
          ...fields,
        }),
        editorId,
      );
    expect(
      (await edit(1, { author: "Minister of Justice", publishedOn: "2024-03-01", url: "https://www.ohchr.org/speech" }))
        .ok,
    ).toBe(true);
    expect(await db.source.findUniqueOrThrow({ where: { id: sourceId } })).toMatchObject({
      author: "Minister of Justice",
      kind: "SPEECH",
      url: "https://www.ohchr.org/speech",
      version: 2,
    });
    expect(await edit(1, { author: "Someone else" })).toMatchObject({
      ok: false,
      kind: "conflict",
      currentVersion: 2,
      current: { author: "Minister of Justice" },
    });
    expect(
      editSourceSchema.safeParse({
        sourceId,
        version: 2,
        commitmentId: commitment.id,
        title: "t",
        kind: "SPEECH",
        url: "javascript:alert(1)",
      }).success,
    ).toBe(false);
    expect(
      await db.auditEvent.count({
        where: { entityType: "Source", entityId: sourceId, action: "source.edit", actorId: editorId },
      }),
    ).toBe(1);
  });
});
