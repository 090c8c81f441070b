import { createHash } from "node:crypto";

// A recommendation's identity when the file names no document symbol or paragraph (UPR Info's
// classic CSV, the thematic lists): mechanism, cycle, recommending states and the text as words.
// The same recommendation read from any layout gives the same key, so it is never stored twice.

/** UPR session → cycle: sessions 1–12 were the 1st cycle, 13–26 the 2nd, 27–40 the 3rd, 41 on the 4th. */
export function uprCycleOfSession(session: number): number {
  if (session <= 12) return 1;
  if (session <= 26) return 2;
  if (session <= 40) return 3;
  return 4;
}

/** The cycle number a cell names ("3rd cycle", "Cycle 3", "3"), or null. */
export function cycleNumber(cell: string): number | null {
  const match = /(\d{1,2})/.exec(cell);
  if (!match) return null;
  return /session|сесси/i.test(cell) ? uprCycleOfSession(Number(match[1])) : Number(match[1]);
}

/** The UPR cycle of a session cell ("45", "Session 45", "45th session"), or null. */
export function cycleOfSession(cell: string): number | null {
  const match = /(\d{1,2})/.exec(cell);
  return match ? uprCycleOfSession(Number(match[1])) : null;
}

/** Text reduced to its words: paragraph number, trailing "(State) (State);" and punctuation gone, lower-case. */
export function normaliseRecommendationText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/^\s*\d{1,4}\.\d{1,4}\s*/, "")
    .replace(/(?:\s*\([^()]{2,80}\))+\s*[;.]?\s*$/u, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The identity from content: `text:` + mechanism, cycle, sorted state codes and a hash of the words. */
export function textIdentity(mechanismCode: string, cycle: string, stateCodes: string[], text: string): string {
  const cycleKey = mechanismCode === "UPR" ? String(cycleNumber(cycle) ?? "") : cycle.trim().toLowerCase();
  const words = createHash("sha256").update(normaliseRecommendationText(text)).digest("hex").slice(0, 32);
  return `text:${mechanismCode}|${cycleKey}|${[...stateCodes].sort().join(",")}|${words}`;
}

/** The identity from the document: `doc:` + symbol, paragraph, recommending state (the migration backfills it so). */
export function documentIdentity(symbol: string, paragraph: string, recommendingState: string): string {
  return `doc:${symbol}|${paragraph}|${recommendingState}`;
}
