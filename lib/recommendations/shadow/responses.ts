import "server-only";
import { formatCalendarDate, today } from "@/lib/calendar";
import { readLabelLocale } from "@/lib/open-data/columns";
import { csvStream } from "@/lib/open-data/csv";
import { readShadowParams, streamShadowTable, type ShadowParams } from "./report";
import { streamShadowDocx, streamShadowXlsx } from "./stream-report";

// GET /reports/shadow.{xlsx,docx,csv}?mechanism=CAT&cycle=…&lang=ru: the shadow-report table.

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  csv: "text/csv; charset=utf-8",
} as const;
export type ShadowFormat = keyof typeof TYPES;

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** An ASCII file name: uade-shadow-report-CAT-fixture-session-4-2026-12-01.xlsx */
function fileName(params: ShadowParams, format: ShadowFormat): string {
  const cycle = params.cycle
    ? `-${params.cycle
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 60)}`
    : "";
  return `uade-shadow-report-${params.mechanism}${cycle.length > 1 ? cycle : ""}-${formatCalendarDate(today())}.${format}`;
}

export async function shadowReportResponse(searchParams: URLSearchParams, format: ShadowFormat): Promise<Response> {
  const params = readShadowParams(searchParams);
  if (!params)
    return plain(
      400,
      "The report could not be made: give ?mechanism= a mechanism code (UPR, CAT, CCPR, …) and, optionally, ?cycle= at most 100 characters.",
    );
  const headers = (status = 200) => ({
    status,
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName(params, format)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
  const notFound = () => plain(404, `No mechanism has the code ${params.mechanism}.`);
  const locale = readLabelLocale(searchParams);
  // All three stream batch by batch (issue 24): memory stays flat for any number of rows. An unknown
  // mechanism is answered before any byte; a failure later errors the body, so the download fails.
  if (format === "csv") {
    const streamed = await streamShadowTable(params, locale);
    if (!streamed) return notFound();
    const columns = streamed.columns.map((column, index) => ({
      key: column.header,
      value: (row: string[]) => row[index],
    }));
    return new Response(csvStream(columns, streamed.batches), headers());
  }
  const body = format === "xlsx" ? await streamShadowXlsx(params, locale) : await streamShadowDocx(params, locale);
  return body ? new Response(body, headers()) : notFound();
}
