import { isTooComplex } from "../../parse-worker/too-complex";
import { normaliseText, MAX_TEXT_LENGTH, type Extracted } from "./extract";
import { checkPdfUnpackedSize } from "./pdf-streams";

/** Pages read for text at most: enough for any law or report, bounded for huge files. */
const MAX_PDF_PAGES = 300;

type TextItem = { str?: string; hasEOL?: boolean };

/**
 * Title (from the document's metadata) and text of a PDF, with Mozilla's PDF.js (pure JavaScript;
 * no fonts, scripts or network: `isEvalSupported` and font loading are off). A PDF that cannot be
 * read still keeps its bytes and hash; it only has no text. Streams that unpack too large throw
 * TooComplexError first (checkPdfUnpackedSize). Runs in a worker thread (lib/parse-worker).
 */
export async function extractPdf(bytes: Buffer): Promise<Extracted> {
  try {
    await checkPdfUnpackedSize(bytes);
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
    try {
      const metadata = await document.getMetadata().catch(() => null);
      const info = (metadata?.info ?? {}) as { Title?: unknown };
      const title = typeof info.Title === "string" ? normaliseText(info.Title).slice(0, 500) || null : null;
      const pages: string[] = [];
      let length = 0;
      for (
        let number = 1;
        number <= Math.min(document.numPages, MAX_PDF_PAGES) && length < MAX_TEXT_LENGTH;
        number += 1
      ) {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        const text = (content.items as TextItem[])
          .map((item) => (item.str ?? "") + (item.hasEOL ? "\n" : " "))
          .join("");
        pages.push(text);
        length += text.length;
        page.cleanup();
      }
      const text = normaliseText(pages.join("\n")).slice(0, MAX_TEXT_LENGTH);
      return { title, text: text || null };
    } finally {
      await document.destroy();
    }
  } catch (error) {
    if (isTooComplex(error)) throw error;
    console.warn("PDF text could not be extracted (the copy is kept):", error instanceof Error ? error.message : error);
    return { title: null, text: null };
  }
}
