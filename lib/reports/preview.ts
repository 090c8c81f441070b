export const PREVIEW_ROWS = 50;

/** Reads a batched report to the end, keeping only the first `limit` rows and the total count. */
export async function collectPreview<Row>(
  batches: AsyncIterable<Row[]>,
  limit: number = PREVIEW_ROWS,
): Promise<{ rows: Row[]; total: number }> {
  const rows: Row[] = [];
  let total = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      if (rows.length < limit) rows.push(row);
      total += 1;
    }
  }
  return { rows, total };
}
