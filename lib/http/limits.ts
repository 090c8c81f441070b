import { MAX_IMPORT_BYTES } from "@/lib/import/decode";

/**
 * Largest server-action request (a form post): the 5 MB import file plus room for the multipart
 * framing and the other fields. next.config.js gives Next.js the same limit
 * (experimental.serverActions.bodySizeLimit); anything larger is answered 413 before Next reads it.
 */
export const MAX_ACTION_BODY_BYTES = MAX_IMPORT_BYTES + 1024 * 1024;
