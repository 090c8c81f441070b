import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title"), description: t("intro") };
}

const REPORTS = [
  { href: "/reports/snapshot", title: "snapshotTitle", description: "snapshotDescription" },
  { href: "/reports/changes", title: "changesTitle", description: "changesDescription" },
  { href: "/reports/summary", title: "summaryTitle", description: "summaryDescription" },
  { href: "/reports/evidence", title: "evidenceTitle", description: "evidenceDescription" },
] as const;

export default async function ReportsPage() {
  const t = await getTranslations("reports");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {REPORTS.map((report) => (
          <li key={report.href} className="rounded border border-slate-300 p-4">
            <h2 className="text-xl font-semibold">
              <Link href={report.href} className="text-brand underline-offset-4 hover:underline">
                {t(report.title)}
              </Link>
            </h2>
            <p className="mt-1 text-slate-700">{t(report.description)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
