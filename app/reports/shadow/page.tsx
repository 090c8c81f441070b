import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/locales";
import { getRecommendationVocabulary } from "@/lib/recommendations/data";
import { makeShadowPreview, readShadowParams } from "@/lib/recommendations/shadow/report";
import { mechanismName } from "@/lib/recommendations/vocabulary";
import type { ShadowColumn } from "@/lib/recommendations/shadow/table";
import { UserText } from "@/components/common/user-text";
import { MechanismSummary } from "@/components/recommendations/mechanism-summary";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PREVIEW_ROWS = 50;

/**
 * A preview column's least width: the recommendation's text gets a reading column, long columns a
 * real one, short ones (symbol, paragraph) their words; the table scrolls sideways in its region.
 */
const minWidthOf = (column: ShadowColumn) =>
  column.isMain ? "26rem" : column.width >= 40 ? "16rem" : column.width >= 20 ? "9rem" : undefined;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shadowReport");
  return { title: t("title"), description: t("intro"), alternates: await localeAlternates() };
}

export default async function ShadowReportPage({ searchParams }: Props) {
  const query = await searchParams;
  const first = (name: string) => [query[name] ?? []].flat()[0] ?? "";
  const params = readShadowParams(new URLSearchParams({ mechanism: first("mechanism"), cycle: first("cycle") }));
  const [t, locale, vocabulary] = await Promise.all([
    getTranslations("shadowReport"),
    getLocale(),
    getRecommendationVocabulary(),
  ]);
  const made = params ? await makeShadowPreview(params, locale as Locale, PREVIEW_ROWS) : null;
  const cycles = [...new Set(vocabulary.cycles.map((row) => row.cycle).filter(Boolean))].sort();
  const download = (format: string) => {
    const search = new URLSearchParams({
      mechanism: params?.mechanism ?? "",
      ...(params?.cycle ? { cycle: params.cycle } : {}),
      lang: locale,
    });
    return `/reports/shadow.${format}?${search.toString()}`;
  };
  const cell = "border border-slate-300 p-2 align-top";
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 p-4">
        {/* A mechanism's full name is long: the select takes the row's room and never more. */}
        <label className="block min-w-0 max-w-full flex-[1_1_28rem]">
          <span className="font-medium">{t("chooseMechanism")}</span>
          <select
            name="mechanism"
            defaultValue={params?.mechanism ?? "CAT"}
            className="mt-1 block w-full max-w-full truncate rounded border border-slate-500 p-2"
            data-testid="shadow-mechanism"
          >
            {vocabulary.mechanisms.map((item) => (
              <option key={item.code} value={item.code}>
                {`${item.code}: ${mechanismName(item, locale as Locale)}`}
              </option>
            ))}
          </select>
        </label>
        <label className="block min-w-0 max-w-full flex-[0_1_16rem]">
          <span className="font-medium">{t("chooseCycle")}</span>
          <select
            name="cycle"
            defaultValue={params?.cycle ?? ""}
            className="mt-1 block w-full max-w-full truncate rounded border border-slate-500 p-2"
          >
            <option value="">{t("allCycles")}</option>
            {cycles.map((cycle) => (
              <option key={cycle} value={cycle}>
                {cycle}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-slate-900 px-4 py-2 font-medium text-white">
          {t("show")}
        </button>
      </form>
      {made ? (
        <section aria-labelledby="shadow-preview" className="mt-8">
          <h2 id="shadow-preview" className="text-2xl font-semibold">
            <UserText>{made.table.title}</UserText>
          </h2>
          <MechanismSummary summary={made.summary} isUpr={made.kind === "UPR"} />
          <h3 className="mt-6 text-lg font-semibold">{t("downloads")}</h3>
          <ul className="mt-2 flex flex-wrap gap-4" data-testid="shadow-downloads">
            <li>
              <a href={download("xlsx")} className="text-brand underline underline-offset-4" download>
                {t("downloadXlsx")}
              </a>
            </li>
            <li>
              <a href={download("docx")} className="text-brand underline underline-offset-4" download>
                {t("downloadDocx")}
              </a>
            </li>
            <li>
              <a href={download("csv")} className="text-brand underline underline-offset-4" download>
                {t("downloadCsv")}
              </a>
            </li>
          </ul>
          <h3 className="mt-6 text-lg font-semibold">{t("previewHeading")}</h3>
          {made.rowCount === 0 ? (
            <p className="mt-2">{t("empty")}</p>
          ) : (
            <>
              {made.rowCount > PREVIEW_ROWS ? (
                <p className="mt-2 text-sm">{t("previewLimited", { shown: PREVIEW_ROWS, count: made.rowCount })}</p>
              ) : null}
              <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("previewHeading")}>
                <table className="min-w-full border-collapse text-sm" data-testid="shadow-preview">
                  <thead>
                    <tr className="bg-slate-100 text-left">
                      {made.table.columns.map((column) => (
                        <th key={column.header} scope="col" className={cell} style={{ minWidth: minWidthOf(column) }}>
                          {column.header}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {made.table.rows.slice(0, PREVIEW_ROWS).map((row, index) => (
                      <tr key={index}>
                        {row.cells.map((value, column) => (
                          <td key={column} className={`${cell} whitespace-pre-line [overflow-wrap:anywhere]`}>
                            <UserText>{value}</UserText>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
