import { BUSY_RETRY_AFTER_SECONDS } from "./database-busy";

/** Requests larger than this are refused before parsing (the largest form is well under 40 KB). */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

/** Reads a JSON request body with a size limit; problems come back as plain words, never a 500. */
export async function readJsonBody(request: Request): Promise<JsonBody> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return { ok: false, status: 415, message: "Send the request as JSON (Content-Type: application/json)." };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) return { ok: false, status: 413, message: "The request is too large." };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES)
    return { ok: false, status: 413, message: "The request is too large." };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON." };
  }
}

type Outcome = { ok: true } | { ok: false; kind: string; reason?: string };

/** The HTTP status for an operation's outcome. */
export function outcomeStatus(outcome: Outcome): number {
  if (outcome.ok) return 200;
  switch (outcome.kind) {
    case "denied":
      return outcome.reason === "unauthenticated" ? 401 : 403;
    case "invalid":
      return 422;
    case "conflict":
      return 409;
    case "not-found":
      return 404;
    default:
      return 400;
  }
}

/** The answer to a write that met a busy database: 503 with Retry-After, in plain words, never a 500. */
export function databaseBusyResponse(): Response {
  return Response.json(
    { ok: false, kind: "unavailable", message: "The database is busy; nothing was written. Try again shortly." },
    { status: 503, headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}
