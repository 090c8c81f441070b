import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportIndex } from "./_views";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title"), description: t("intro") };
}

export default function ReportsPage() {
  return <ReportIndex scope="public" />;
}
