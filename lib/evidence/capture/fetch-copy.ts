import { runDocumentJob, type DocumentJobResult } from "@/lib/parse-worker/pool";
import { SafeFetchError, safeFetch } from "@/lib/safe-fetch";
import { charsetOf, settleContentType, sniffContentType } from "./content-type";
import { MAX_HTML_BYTES, textFingerprint, type Extracted } from "./extract";
import type { CaptureSettings } from "./settings";
import { stageBody, type StagedBody } from "./store";

/** Reasons a capture records besides the safe-fetch ones. */
export type CopyReason = "http-error" | "content-type-mismatch" | "empty-body" | "storage-error" | "too-complex";

export type FetchedCopy =
  | {
      ok: true;
      finalUrl: string;
      httpStatus: number;
      contentType: string;
      staged: StagedBody;
      title: string | null;
      text: string | null;
      textSha256: string;
    }
  | { ok: false; outcome: "FAILED" | "REFUSED"; reason: string; httpStatus: number | null; finalUrl: string | null };

function failed(reason: string, httpStatus: number | null = null, finalUrl: string | null = null): FetchedCopy {
  return { ok: false, outcome: "FAILED", reason, httpStatus, finalUrl };
}

/**
 * Title and text of a staged copy, read in a worker thread (lib/parse-worker): a hostile page or
 * PDF costs that worker, never the server's event loop. "too-complex" when it exceeded the
 * worker's limits (killed) or the reader's own counts (unpacked bytes, nesting).
 */
async function extract(
  staged: StagedBody,
  contentType: string,
  header: string | undefined,
): Promise<Extracted | "too-complex"> {
  let result: DocumentJobResult<Extracted>;
  if (contentType === "text/html")
    result = await runDocumentJob("html-text", await staged.read(MAX_HTML_BYTES), { contentType: header });
  else if (contentType.startsWith("text/"))
    result = await runDocumentJob("plain-text", await staged.read(MAX_HTML_BYTES), { contentType: header });
  else if (contentType === "application/pdf")
    result = await runDocumentJob("pdf-text", await staged.read(staged.size), {});
  else return { title: null, text: null };
  if (result.status === "too-complex") return "too-complex";
  if (result.status === "failed") {
    // The copy is still kept, with its bytes' hash; only its text is missing.
    console.warn("Text could not be extracted from a captured copy (the copy is kept):", result.detail);
    return { title: null, text: null };
  }
  return result.value;
}

/**
 * Fetches a URL safely and stages its bytes with their SHA-256, type and extracted text. The
 * caller keeps or discards the staged copy. Never throws for anything the remote side does:
 * every failure comes back with a recorded reason.
 */
export async function fetchCopy(url: string, settings: CaptureSettings): Promise<FetchedCopy> {
  let staged: StagedBody | null = null;
  try {
    const response = await safeFetch(url, settings.fetch);
    if (response.status < 200 || response.status > 299) {
      response.cancel();
      return failed("http-error", response.status, response.url);
    }
    staged = await stageBody(settings.directory, response.body);
    if (staged.size === 0) {
      await staged.discard();
      return failed("empty-body", response.status, response.url);
    }
    const header = response.headers["content-type"];
    const contentType = settleContentType(header, sniffContentType(staged.head));
    if (!contentType) {
      await staged.discard();
      return failed("content-type-mismatch", response.status, response.url);
    }
    const extracted = await extract(staged, contentType, header);
    if (extracted === "too-complex") {
      // Not tried again: the same bytes would exceed the same limits (a changed page is, at the next check).
      await staged.discard();
      return {
        ok: false,
        outcome: "REFUSED",
        reason: "too-complex",
        httpStatus: response.status,
        finalUrl: response.url,
      };
    }
    return {
      ok: true,
      finalUrl: response.url,
      httpStatus: response.status,
      // Text keeps its declared charset, so the copy is shown as the original was.
      contentType:
        contentType.startsWith("text/") && charsetOf(header)
          ? `${contentType}; charset=${charsetOf(header)}`
          : contentType,
      staged,
      title: extracted.title,
      text: extracted.text,
      textSha256: textFingerprint(extracted.text, staged.sha256),
    };
  } catch (error) {
    await staged?.discard();
    if (error instanceof SafeFetchError)
      return {
        ok: false,
        outcome: error.isRefusal ? "REFUSED" : "FAILED",
        reason: error.reason,
        httpStatus: null,
        finalUrl: null,
      };
    console.error("Evidence capture failed unexpectedly:", error);
    return failed("storage-error");
  }
}
