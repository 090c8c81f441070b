import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateCommitmentStatus } from "@/lib/publishing/mutations";
import { statusUpdateSchema } from "@/lib/statuses/schema";
import { addEvidence, editEvidence, removeEvidence } from "./mutations";
import { addEvidenceSchema, editEvidenceSchema, removeEvidenceSchema } from "./schema";

afterAll(() => db.$disconnect());

let editorId = "";
let commitmentId = "";
beforeAll(async () => {
  editorId = (
    await db.user.create({ data: { email: "evidence-editor@example.org", name: "Editor", passwordHash: "x" } })
  ).id;
  commitmentId = (
    await db.commitment.create({
      data: { slug: "evidence-target", title: "t", summary: "s", category: "justice", responsibleBody: "government" },
    })
  ).id;
});

async function added(title: string) {
  const result = await addEvidence(
    addEvidenceSchema.parse({ commitmentId, url: "https://un.org/doc", title, kind: "UN_DOCUMENT" }),
    editorId,
  );
  if (!result.ok) throw new Error("add failed");
  return result.value.id;
}

describe("evidence", () => {
  it("adds a link with an audit event", async () => {
    const id = await added("Concluding observations");
    expect(await db.evidence.findUniqueOrThrow({ where: { id } })).toMatchObject({
      url: "https://un.org/doc",
      kind: "UN_DOCUMENT",
      addedById: editorId,
      version: 1,
    });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "evidence.add" } })).toBe(1);
  });

  it("edits with the version check: a stale edit is a conflict showing the saved values", async () => {
    const id = await added("Draft title");
    const edit = (version: number, title: string) =>
      editEvidence(
        editEvidenceSchema.parse({ evidenceId: id, version, url: "https://un.org/doc", title, kind: "UN_DOCUMENT" }),
        editorId,
      );
    expect((await edit(1, "Final title")).ok).toBe(true);
    expect(await edit(1, "Other title")).toMatchObject({
      ok: false,
      kind: "conflict",
      current: { title: "Final title" },
      currentVersion: 2,
    });
  });

  it("removes from view without deleting, audits who removed it, and no longer lets a status cite it", async () => {
    const id = await added("To remove");
    const removed = await removeEvidence(
      removeEvidenceSchema.parse({ evidenceId: id, version: 1, reason: "Broken link" }),
      editorId,
    );
    expect(removed).toMatchObject({ ok: true, value: { commitmentId } });
    const row = await db.evidence.findUniqueOrThrow({ where: { id } });
    expect(row.removedAt).not.toBeNull();
    expect(row.removedById).toBe(editorId);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "evidence.remove" } });
    expect(audit.actorId).toBe(editorId);
    expect(audit.after).toContain("Broken link");
    expect(await removeEvidence(removeEvidenceSchema.parse({ evidenceId: id, version: 2 }), editorId)).toMatchObject({
      ok: false,
      kind: "not-found",
    });

    const version = (await db.commitment.findUniqueOrThrow({ where: { id: commitmentId } })).version;
    const status = statusUpdateSchema.parse({
      commitmentId,
      version,
      field: "ASSESSMENT",
      to: "IMPLEMENTED",
      effectiveOn: "2024-01-01",
      justification: "x",
      evidenceIds: [id],
    });
    expect(await updateCommitmentStatus(status, editorId)).toMatchObject({ ok: false, kind: "invalid" });
  });
});
