import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createVersionReader } from "@/lib/public-cache/version";
import { holdPublicVersion, releasePublicVersionHold } from "./public-version-hold";

// While `npm run import` holds the public data version, cached pages are not emptied by every
// slice; but no committed write may stay out of them for longer than the hold, whatever happens
// to the import: released at its end, lapsing by itself if it is killed, renewed with every write
// made meanwhile (an editor's included).

const reader = createVersionReader(process.env.DATABASE_URL ?? "");
afterAll(async () => {
  reader.close();
  await db.$disconnect();
});
beforeEach(async () => {
  await releasePublicVersionHold(db);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The version the response cache keys on. */
const shown = async () => String(await reader.read());
/** The version every write bumps, hold or not. */
async function live(): Promise<string> {
  const [row] = await db.publicDataVersion.findMany({ where: { id: 1 }, select: { epoch: true, version: true } });
  return `${row!.epoch}.${row!.version}`;
}

let counter = 0;
/** A public write, as an editor's or an import slice's. */
const write = () =>
  db.commitment.create({
    data: {
      slug: `hold-${Date.now()}-${(counter += 1)}`,
      title: "Ratify OPCAT",
      summary: "s",
      category: "torture",
      responsibleBody: "parliament",
      isPublished: true,
    },
  });

describe("holding the public data version during an import", () => {
  it("shows the version of when the hold began until it is released, then every write", async () => {
    const before = await shown();
    await holdPublicVersion(db);
    await write();
    await write();
    expect(await shown()).toBe(before);
    expect(await live()).not.toBe(before);
    await releasePublicVersionHold(db);
    expect(await shown()).toBe(await live());
  });

  it("lapses by itself when the import stops renewing it (killed)", async () => {
    const before = await shown();
    await holdPublicVersion(db, 1_000);
    await write();
    expect(await shown()).toBe(before);
    await sleep(1_200);
    expect(await shown()).toBe(await live());
  });

  it("is renewed near its end with the writes made meanwhile, and kept as it is before that", async () => {
    await holdPublicVersion(db, 2_000);
    const held = await shown();
    await write(); // an editor's save during the import
    const editorsVersion = await live();
    await holdPublicVersion(db, 2_000); // the next slice, with most of the hold left: kept
    expect(await shown()).toBe(held);
    await sleep(1_100); // within 1 s (half the hold) of its end: the next slice renews it
    await holdPublicVersion(db, 2_000);
    expect(await shown()).toBe(editorsVersion);
    await write(); // that slice's own rows: held back again
    expect(await shown()).toBe(editorsVersion);
  });
});
