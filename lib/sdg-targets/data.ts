import "server-only";
import { db } from "@/lib/db/client";

/** Targets at or above this position were added by an import; the migration's official ones sit below. */
export const FIRST_IMPORTED_POSITION = 1_000;

export type SdgTargetForEditor = {
  code: string;
  goal: number;
  titleEn: string;
  titleRu: string;
  titleKk: string;
  isImported: boolean;
  isTranslated: boolean;
};

/** Every SDG target in the vocabulary's order (goal, position, code), with whether it lacks a title and where it came from. */
export async function listSdgTargetsForEditor(): Promise<SdgTargetForEditor[]> {
  const rows = await db.sdgTarget.findMany({
    orderBy: [{ goal: "asc" }, { position: "asc" }, { code: "asc" }],
    select: { code: true, goal: true, titleEn: true, titleRu: true, titleKk: true, position: true },
  });
  return rows.map(({ position, ...row }) => ({
    ...row,
    isImported: position >= FIRST_IMPORTED_POSITION,
    isTranslated: row.titleRu.trim() !== "" && row.titleKk.trim() !== "",
  }));
}
