import { MAX_ACTION_BODY_BYTES } from "./limits";

/** A refusal to send instead of letting the request reach Next.js (which would answer it 500). */
export type RawRefusal = { status: 400 | 403 | 404 | 413; message: string };

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const ACTION_ID = /^[0-9a-f]{40,64}$/i;
const DATA_PATH =
  /^\/(?:api|_next|export)\/|^\/(?:feed\.xml|sitemap\.xml|robots\.txt|favicon\.ico)$|\.(?:csv|xml|json|txt)$/;
const ACTION_CONTENT_TYPES = ["multipart/form-data", "text/plain", "application/x-www-form-urlencoded"];

/** The origin of the configured public address (NEXTAUTH_URL), or null when it is not a URL. */
export function publicOrigin(publicUrl: string): string | null {
  try {
    return new URL(publicUrl).origin;
  } catch {
    return null;
  }
}

/**
 * Checks the shape of a raw request before any framework code parses it: a pure function of the
 * method, the raw URL (path and query as sent) and the headers, so our HTTP server, the proxy and
 * the tests all call the same rules. Returns the refusal to answer with, or null to go on.
 *
 * - A path with invalid percent-encoding (`%FF`, `%C0%AE`, a lone `%`) or one that decodes to NUL,
 *   a lone surrogate or a non-character: 400 (Next.js answered 500 while decoding it).
 * - A server-action request (a POST to a page, or any request naming `Next-Action`) whose `Origin`
 *   is not the public address: 403; with a malformed action id or a content type no form sends:
 *   400; declaring a body over MAX_ACTION_BODY_BYTES: 413.
 */
export function guardRawRequest(
  method: string,
  rawUrl: string,
  headers: HeaderBag,
  publicUrl: string,
): RawRefusal | null {
  const path = rawUrl.split(/[?#]/, 1)[0] ?? "";
  for (const segment of path.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { status: 400, message: "The address contains an invalid percent-encoding." };
    }
    if (/[\u0000\p{Surrogate}\p{Noncharacter_Code_Point}]/u.test(decoded))
      return { status: 400, message: "The address contains a character that no page has." };
  }

  const actionId = header(headers, "next-action");
  const isAction = actionId !== undefined || (method.toUpperCase() === "POST" && !DATA_PATH.test(path));
  if (!isAction) return null;
  const origin = header(headers, "origin");
  if (!origin || origin !== publicOrigin(publicUrl))
    return { status: 403, message: "Cross-site request refused: send it from this site's own pages." };
  if (actionId !== undefined && !ACTION_ID.test(actionId))
    return { status: 400, message: "Malformed server action request." };
  const contentType = (header(headers, "content-type") ?? "").toLowerCase();
  if (!ACTION_CONTENT_TYPES.some((type) => contentType.startsWith(type)))
    return { status: 400, message: "Malformed server action request." };
  const length = Number(header(headers, "content-length") ?? "0");
  if (!Number.isFinite(length) || length < 0) return { status: 400, message: "Malformed server action request." };
  if (length > MAX_ACTION_BODY_BYTES) return tooLarge();
  return null;
}

/** The refusal for a body over the limit; the form's own check says the same in the reader's language first. */
export function tooLarge(): RawRefusal {
  return {
    status: 413,
    message: `The request is larger than ${MAX_ACTION_BODY_BYTES / 1024 / 1024} MB. Import files may be at most 5 MB: split the file and upload each part.`,
  };
}

/**
 * Checks a server action's body as Next.js will decode it (read from a clone, within the size
 * limit): a multipart body must parse and, for a script-invoked action (`Next-Action`), carry
 * React's field `0` holding JSON; a text body must be JSON. Anything else (garbage, a truncated
 * upload, a body with no fields) is 400 instead of Next.js's 500.
 */
export async function guardServerActionBody(request: Request): Promise<RawRefusal | null> {
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const isFetchAction = request.headers.has("next-action");
  const malformed: RawRefusal = { status: 400, message: "Malformed server action request." };
  const body = await readLimited(request);
  if (body === "too-large") return tooLarge();
  if (body === null) return malformed;
  const isJson = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  if (contentType.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(body, {
        headers: { "content-type": request.headers.get("content-type") ?? "" },
      }).formData();
    } catch {
      return malformed;
    }
    if (isFetchAction) {
      const root = form.get("0");
      return typeof root === "string" && isJson(root) ? null : malformed;
    }
    return [...form.keys()].some((key) => key.startsWith("$ACTION_")) ? null : malformed;
  }
  if (!isFetchAction) return null;
  return isJson(new TextDecoder().decode(body)) ? null : malformed;
}

async function readLimited(request: Request): Promise<Uint8Array<ArrayBuffer> | "too-large" | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_ACTION_BODY_BYTES) {
        await reader.cancel();
        return "too-large";
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) !== size) return null;
  const joined = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}
