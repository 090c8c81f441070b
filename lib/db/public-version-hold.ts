import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { databaseClockMsSql } from "./dialect";

// `npm run import` writes a file a slice per transaction, and every slice bumps the public data
// version, so without a hold every cached page was emptied and rendered again about once a second
// for the whole import. While a hold runs, version readers (lib/public-cache/version.ts) see `heldVersion`, the
// version when the hold was last renewed; every write still bumps `version`. A hold ends early
// when released, and by itself HOLD_MS after its last renewal (a killed import cannot keep one),
// and a renewal takes the current version: so a write made during an import (an editor's, or the
// import's own) is shown on cached pages at most HOLD_MS after it commits.

/** The longest a committed write can stay out of cached pages while an import holds the version. */
export const HOLD_MS = 10_000;
/** A hold is renewed by the first slice that starts within this long of its end. */
const RENEW_WITHIN_MS = 2_000;

type RawExecutor = Pick<PrismaClient, "$executeRaw">;

/**
 * Holds the version readers see, or renews a hold about to end (taking the current version then);
 * a hold with time left is kept as it is. Call it at the start of each slice's transaction.
 */
export async function holdPublicVersion(client: RawExecutor, holdMs: number = HOLD_MS): Promise<void> {
  const now = Prisma.raw(databaseClockMsSql());
  const renewWithin = Math.min(RENEW_WITHIN_MS, Math.floor(holdMs / 2));
  await client.$executeRaw`UPDATE "PublicDataVersion"
    SET "heldVersion" = "version", "heldUntilMs" = ${now} + ${holdMs}
    WHERE "id" = 1 AND ("heldUntilMs" IS NULL OR "heldUntilMs" <= ${now} + ${renewWithin})`;
}

/** Ends a hold: readers see every committed write again at once. */
export async function releasePublicVersionHold(client: RawExecutor): Promise<void> {
  await client.$executeRaw`UPDATE "PublicDataVersion" SET "heldVersion" = NULL, "heldUntilMs" = NULL WHERE "id" = 1`;
}
