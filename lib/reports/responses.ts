import "server-only";
import type { Denial } from "@/lib/auth/guard";
import { formatCalendarDate, today } from "@/lib/calendar";
import { inEnglish } from "@/lib/forms/english-messages";
import { parseEnv } from "@/lib/env";
import { commitmentColumns, readLabelLocale } from "@/lib/open-data/columns";
import { csvHeaders, csvStream } from "@/lib/open-data/csv";
import { getSiteUrl } from "@/lib/site-url";
import { changeColumns, evidenceRegisterColumns, summaryColumns, summaryCsvRows } from "./columns";
import { getSummary, iterateChanges, iterateEvidenceRegister, iterateSnapshot, type ReportScope } from "./data";
import { isSwapNote, readDateParam, readDateWindow, readReasonParam } from "./schema";

// CSV downloads of the four reports, shared by the public routes and the workspace's.

/** The answer to a workspace CSV request without a live session (401) or without the role (403). */
export function deniedResponse(reason: Denial): Response {
  const status = reason === "unauthenticated" ? 401 : 403;
  const message =
    reason === "unauthenticated"
      ? "Sign in to download the workspace's reports."
      : "Your account may not download the workspace's reports.";
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

// Data addresses answer in English, like their column keys; the report pages use the reader's language.
function badRequest(errors: string[]): Response {
  return new Response(`The report could not be made:\n${errors.map(inEnglish).join("\n")}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

const fileName = (scope: ReportScope, name: string) => (scope === "workspace" ? `workspace-${name}` : name);

export function snapshotCsvResponse(params: URLSearchParams, scope: ReportScope): Response {
  const onDay = today();
  const { date, error } = readDateParam(params, "date", onDay);
  if (error) return badRequest([error]);
  const headers = csvHeaders(`${fileName(scope, "snapshot")}-as-of-${formatCalendarDate(date)}`, onDay);
  return new Response(
    csvStream(commitmentColumns(getSiteUrl(), date, readLabelLocale(params)), iterateSnapshot(date, scope, onDay)),
    { headers },
  );
}

export function changesCsvResponse(params: URLSearchParams, scope: ReportScope): Response {
  const { from, to, errors } = readDateWindow(params, today());
  const reason = readReasonParam(params);
  const refusals = [...errors.filter((e) => !isSwapNote(e)), ...reason.errors];
  if (refusals.length > 0) return badRequest(refusals);
  const columns = changeColumns(getSiteUrl(), scope, parseEnv().ORGANISATION_NAME, readLabelLocale(params));
  const headers = csvHeaders(`${fileName(scope, "changes")}-${formatCalendarDate(from)}-to-${formatCalendarDate(to)}`);
  return new Response(csvStream(columns, iterateChanges(from, to, scope, reason.reasons)), { headers });
}

export async function summaryCsvResponse(params: URLSearchParams, scope: ReportScope): Promise<Response> {
  const { date, error } = readDateParam(params, "date", today());
  if (error) return badRequest([error]);
  const rows = summaryCsvRows(await getSummary(date, scope));
  async function* once() {
    yield rows;
  }
  return new Response(csvStream(summaryColumns(readLabelLocale(params)), once()), {
    headers: csvHeaders(`${fileName(scope, "summary")}-as-of-${formatCalendarDate(date)}`),
  });
}

export function evidenceCsvResponse(params: URLSearchParams, scope: ReportScope): Response {
  return new Response(csvStream(evidenceRegisterColumns(readLabelLocale(params)), iterateEvidenceRegister(scope)), {
    headers: csvHeaders(fileName(scope, "evidence-register")),
  });
}
