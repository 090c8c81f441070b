import "server-only";
import { db } from "@/lib/db/client";
import { WORKSPACE_TITLE_SELECT, type TitledRecord } from "./workspace-title";

/** The titles (original and translations) of the given commitments, by id: for lists that read only ids and titles. */
export async function readWorkspaceTitles(ids: readonly string[]): Promise<Map<string, TitledRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await db.commitment.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, ...WORKSPACE_TITLE_SELECT },
  });
  return new Map(rows.map(({ id, ...titled }) => [id, titled]));
}
