import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { dataHref } from "@/i18n/data-links";
import type { Locale } from "@/i18n/locales";
import { getValidationMessages } from "@/lib/forms/server-messages";

/**
 * The frame every report page shares: title, description, parameter form (plain GET, so the
 * parameters stay in the URL), any parameter problems, the download button and the preview.
 */
export async function ReportShell(props: {
  /** Where the report index is: /reports, or /manage/reports in the workspace. */
  basePath: string;
  title: string;
  description: string;
  action: string;
  /** Parameter inputs; null for a report without parameters (no form is shown). */
  fields: ReactNode | null;
  errors: string[];
  csvHref: string;
  summary: ReactNode;
  children: ReactNode;
}) {
  const [t, tc, locale, words] = await Promise.all([
    getTranslations("reports"),
    getTranslations("commitment"),
    getLocale(),
    getValidationMessages(),
  ]);
  return (
    <>
      <nav aria-label={tc("breadcrumb")} className="no-print text-sm">
        <Link href={props.basePath} className="text-brand underline underline-offset-4">
          {t("backToReports")}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{props.title}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{props.description}</p>
      {props.errors.length > 0 ? (
        <p role="alert" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
          {t("invalid", { details: props.errors.map((error) => words(error).replace(/\.$/, "")).join("; ") })}
        </p>
      ) : null}
      {props.fields ? (
        <form
          method="get"
          action={`/${locale}${props.action}`}
          autoComplete="off"
          className="no-print mt-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-slate-50 p-4"
        >
          {props.fields}
          <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
            {t("show")}
          </button>
        </form>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center justify-between gap-4">
        <div role="status">{props.summary}</div>
        <a
          href={dataHref(props.csvHref, locale as Locale)}
          download
          className="no-print rounded border-2 border-brand px-4 py-2 font-medium text-brand hover:bg-slate-100"
        >
          {t("download")}
        </a>
      </div>
      <div className="mt-4">{props.children}</div>
    </>
  );
}

/** A labelled date input (type=date; the hint gives the format for browsers without a picker). */
export async function DateField({ name, label, value }: { name: string; label: string; value: string }) {
  const t = await getTranslations("reports");
  return (
    <div>
      <label htmlFor={`report-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`report-${name}`}
        name={name}
        type="date"
        defaultValue={value}
        aria-describedby={`report-${name}-hint`}
        className="mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5"
      />
      <p id={`report-${name}-hint`} className="mt-1 text-xs text-slate-600">
        {t("dateHint")}
      </p>
    </div>
  );
}
