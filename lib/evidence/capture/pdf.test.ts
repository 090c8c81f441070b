import { describe, expect, it } from "vitest";
import { tinyPdf } from "@/tests/support/tiny-pdf";
import { extractPdf } from "./pdf";

describe("PDF text", () => {
  it("extracts the title and the text of a PDF", async () => {
    expect(await extractPdf(tinyPdf("Concluding observations", "Torture is prohibited."))).toEqual({
      title: "Concluding observations",
      text: "Torture is prohibited.",
    });
  });

  it("keeps going without text when the PDF is broken", async () => {
    expect(await extractPdf(Buffer.from("%PDF-1.4\nthis is not really a pdf"))).toEqual({ title: null, text: null });
  });
});
