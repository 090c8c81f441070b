import "server-only";
import { db } from "@/lib/db/client";

/** One instrument by code (exact), with its titles; null if unknown. */
export async function getInstrument(code: string) {
  if (code.length > 60) return null;
  return db.instrument.findUnique({ where: { code }, select: { code: true, name: true, nameRu: true, nameKk: true } });
}
