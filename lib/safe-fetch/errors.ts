/**
 * Why a safe fetch did not produce a response. The tokens are stable: captures store them as
 * their recorded reason, and the workspace turns them into words (manage.evidenceCapture.reasons).
 */
export const SAFE_FETCH_REASONS = [
  "invalid-url",
  "unsupported-scheme",
  "credentials-in-url",
  "refused-address",
  "dns-failure",
  "connection-failed",
  "tls-failure",
  "timeout",
  "too-many-redirects",
  "redirect-loop",
  "bad-redirect",
  "too-large",
  "bad-encoding",
] as const;

export type SafeFetchReason = (typeof SAFE_FETCH_REASONS)[number];

/** A refused or failed fetch, with a reason token and a short English detail for logs. */
export class SafeFetchError extends Error {
  override name = "SafeFetchError";
  constructor(
    readonly reason: SafeFetchReason,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }

  /** Refusals are policy (never retried); every other reason may succeed on a later try. */
  get isRefusal(): boolean {
    return (
      this.reason === "refused-address" ||
      this.reason === "unsupported-scheme" ||
      this.reason === "credentials-in-url" ||
      this.reason === "invalid-url"
    );
  }
}

/** Maps a Node network error to a reason token. */
export function reasonOfNetworkError(error: unknown): SafeFetchError {
  if (error instanceof SafeFetchError) return error;
  const code =
    typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const message = error instanceof Error ? error.message : String(error);
  if (/is not allowed\. Because/.test(message)) return new SafeFetchError("refused-address", message);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA")
    return new SafeFetchError("dns-failure", message);
  if (code.startsWith("ERR_TLS") || code.includes("CERT") || code === "EPROTO" || /certificate|SSL/i.test(message))
    return new SafeFetchError("tls-failure", message);
  if (
    code === "Z_DATA_ERROR" ||
    code === "Z_BUF_ERROR" ||
    code === "ERR__ERROR_FORMAT_PADDING_1" ||
    code.startsWith("ERR_BROTLI") ||
    code === "Z_ERRNO"
  ) {
    return new SafeFetchError("bad-encoding", message);
  }
  return new SafeFetchError("connection-failed", message);
}
