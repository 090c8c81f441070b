import { setImmediate as nextTurn } from "node:timers/promises";

/** The page arguments of one keyset batch, spread into a Prisma `findMany`. */
export type KeysetPage = { take: number; cursor?: { id: string }; skip?: number };

/**
 * Every row of a query in batches of `size`, each batch starting after the previous batch's last
 * row (Prisma's cursor) instead of an OFFSET that re-reads and re-sorts every earlier row, so the
 * last batch of a large export costs what the first does. The query's order must end in `id`.
 */
export async function* keysetBatches<T extends { id: string }>(
  read: (page: KeysetPage) => Promise<T[]>,
  size: number,
): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  for (;;) {
    // Other requests get a turn between batches (see readInChunks).
    if (cursor) await nextTurn();
    const batch = await read({ take: size, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
    if (batch.length > 0) yield batch;
    if (batch.length < size) return;
    cursor = batch.at(-1)?.id;
  }
}

/**
 * Ids per `in` list, well under SQLite's limit on bound parameters. Prisma builds and the embedded
 * driver answers each list on the main thread: 900 ids held it 25 ms (125 ms the first time), 300 ids 8 ms (measured).
 */
export const IN_CHUNK = 300;

/**
 * Runs `read` on `ids` in chunks of IN_CHUNK and concatenates the answers in chunk order. Between
 * chunks it gives other requests a turn: the embedded libSQL driver answers on the main thread and
 * its promises settle without one, so a run of chunked reads held the event loop as one block
 * (0.45 s for 10,000 ids, measured).
 */
export async function readInChunks<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += IN_CHUNK) {
    if (start > 0) await nextTurn();
    rows.push(...(await read(ids.slice(start, start + IN_CHUNK))));
  }
  return rows;
}
