import type { PrismaClient } from "./create-client";

/**
 * Refreshes SQLite's query-planner statistics (ANALYZE). Without them SQLite guesses how selective
 * each index is, and for Prisma's relation filters (`commitment: { isPublished: true }`) it guessed
 * wrong: it walked every published commitment instead of the few links asked for, 0.8 s instead of
 * 2 ms for 900 links, 4.5 s instead of 12 ms for a mechanism's summary (measured, issue 17).
 * It reads every index once (about 40 ms on the benchmark's 5,000 commitments and 10,000
 * recommendations), so it runs on start and after an import, when table sizes change the most.
 * Prisma ignores the sqlite_stat1 table it writes (no schema drift).
 */
export async function refreshPlannerStatistics(client: Pick<PrismaClient, "$executeRawUnsafe">): Promise<void> {
  await client.$executeRawUnsafe("ANALYZE");
}

/** The same after a write that changed table sizes; a failure is logged, never the caller's error. */
export async function refreshPlannerStatisticsQuietly(client: Pick<PrismaClient, "$executeRawUnsafe">): Promise<void> {
  try {
    await refreshPlannerStatistics(client);
  } catch (error) {
    console.warn(
      `ANALYZE failed (queries still work, perhaps slower): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
