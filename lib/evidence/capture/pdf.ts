import type { Extracted } from "./extract";

/** PDF text extraction: not available yet (see README, "Evidence captures"); the bytes are kept. */
export async function extractPdf(_bytes: Buffer): Promise<Extracted> {
  return { title: null, text: null };
}
