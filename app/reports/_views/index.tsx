import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { ReportScope } from "@/lib/reports/data";
import { reportBasePath } from "./view-props";

const REPORTS = [
  { path: "snapshot", title: "snapshotTitle", description: "snapshotDescription" },
  { path: "changes", title: "changesTitle", description: "changesDescription" },
  { path: "summary", title: "summaryTitle", description: "summaryDescription" },
  { path: "evidence", title: "evidenceTitle", description: "evidenceDescription" },
] as const;

export async function ReportIndex({ scope }: { scope: ReportScope }) {
  const [t, tr] = await Promise.all([getTranslations("reports"), getTranslations("reader")]);
  const basePath = reportBasePath(scope);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t(scope === "public" ? "intro" : "workspaceIntro")}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {REPORTS.map((report) => (
          <li key={report.path} className="rounded border border-slate-300 p-4">
            <h2 className="text-xl font-semibold">
              <Link href={`${basePath}/${report.path}`} className="text-brand underline-offset-4 hover:underline">
                {t(report.title)}
              </Link>
            </h2>
            <p className="mt-1 text-slate-700">{t(report.description)}</p>
          </li>
        ))}
        {scope === "public" ? (
          <>
            <li className="rounded border border-slate-300 p-4" data-testid="reports-shadow">
              <h2 className="text-xl font-semibold">
                <Link href="/reports/shadow" className="text-brand underline-offset-4 hover:underline">
                  {tr("shadowTitle")}
                </Link>
              </h2>
              <p className="mt-1 text-slate-700">{tr("shadowDescription")}</p>
            </li>
            <li className="rounded border border-slate-300 p-4">
              <h2 className="text-xl font-semibold">
                <Link href="/recommendations" className="text-brand underline-offset-4 hover:underline">
                  {tr("recommendationsTitle")}
                </Link>
              </h2>
              <p className="mt-1 text-slate-700">{tr("recommendationsDescription")}</p>
            </li>
          </>
        ) : null}
      </ul>
    </>
  );
}
