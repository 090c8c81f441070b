import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { today, todayIso } from "@/lib/calendar";
import { db } from "@/lib/db/client";
import { iteratePublishedCommitments } from "@/lib/commitments/data";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { loadDataset, loadDatasetTranslations } from "@/lib/dataset/load-dataset";
import { seedDataset } from "@/lib/dataset/seed-dataset";
import { planStoredImport } from "@/lib/import/data";
import { commitmentColumns } from "@/lib/open-data/columns";
import { csvStream } from "@/lib/open-data/csv";
import { markCommitmentVerified } from "@/lib/statuses/mutations";
import { updateCommitmentStatus } from "@/lib/publishing/mutations";
import { markVerifiedSchema, statusUpdateSchema } from "@/lib/statuses/schema";
import { iterateChanges, iterateSnapshot } from "./data";
import { collectPreview } from "./preview";
import { readDateWindow } from "./schema";

// The evening bug: editor writes used Almaty's date while reports used UTC's, so between 19:00 and
// 24:00 UTC a change recorded "today" was missing from today's reports. Every clock below is one
// where the two calendars disagree, or the hour just before they start to.

let editorId = "";

beforeAll(async () => {
  await seedDataset(db, loadDataset(), loadDatasetTranslations());
  await db.commitment.updateMany({ data: { isPublished: true } });
  editorId = (
    await db.user.create({
      data: { email: "calendar@example.org", name: "Calendar Editor", passwordHash: "x", role: "EDITOR" },
    })
  ).id;
});
afterAll(() => db.$disconnect());
afterEach(() => vi.useRealTimers());

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

const clocks = [
  ["23:30 in Almaty", "2026-12-01T18:30:00Z", 0],
  ["00:30 in Almaty", "2026-12-01T19:30:00Z", 1],
  ["21:30 UTC", "2026-12-01T21:30:00Z", 2],
] as const;

describe.each(clocks)("at %s", (_label, instant, index) => {
  it("a change and a verification recorded with today's date are in today's reports, and the round trip is a no-op", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(instant));
    const commitment = (await db.commitment.findMany({ orderBy: { slug: "asc" }, skip: index * 2, take: 2 }))[0]!;

    const changed = await updateCommitmentStatus(
      statusUpdateSchema.parse({
        commitmentId: commitment.id,
        version: commitment.version,
        field: "ASSESSMENT",
        to: "STALLED",
        effectiveOn: todayIso(),
        justification: "No progress this year.",
      }),
      editorId,
    );
    expect(changed.ok).toBe(true);
    const verified = await markCommitmentVerified(
      markVerifiedSchema.parse({
        commitmentId: commitment.id,
        version: commitment.version + 1,
        verifiedOn: todayIso(),
        note: "Checked the registry.",
      }),
      editorId,
    );
    expect(verified.ok).toBe(true);

    // Today's snapshot is the current export, byte for byte.
    const snapshot = await text(
      csvStream(commitmentColumns("http://localhost", today()), iterateSnapshot(today(), "public")),
    );
    const current = await text(
      csvStream(
        commitmentColumns("http://localhost", today()),
        iteratePublishedCommitments(parseCommitmentFilters({}).filters),
      ),
    );
    expect(snapshot).toBe(current);
    expect(snapshot).toContain(`${commitment.slug},`);

    // The change report's default window ends today and includes the change.
    const { from, to } = readDateWindow({}, today());
    const changes = (await collectPreview(iterateChanges(from, to, "public"), 10_000)).rows;
    expect(changes.map((row) => row.commitment.slug)).toContain(commitment.slug);

    // The workspace's current file re-imports unchanged.
    const workspace = await text(
      csvStream(commitmentColumns("http://localhost", today()), iterateSnapshot(today(), "workspace")),
    );
    const plan = await planStoredImport("commitments", workspace);
    if ("parseError" in plan) throw new Error(plan.parseError);
    expect(plan.errors).toEqual([]);
    expect(plan.operations).toEqual([]);
  });
});
