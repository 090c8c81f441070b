import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { ReportIndex } from "@/app/reports/_views";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title"), robots: { index: false } };
}

export default async function WorkspaceReportsPage() {
  await requirePagePermission("workspace:read", "/manage/reports");
  return <ReportIndex scope="workspace" />;
}
