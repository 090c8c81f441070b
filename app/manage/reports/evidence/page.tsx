import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { EvidenceRegisterReport } from "@/app/reports/_views/evidence";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("evidenceTitle"), robots: { index: false } };
}

// The workspace's version: drafts included, and the change report names who recorded each change.
export default async function Page() {
  await requirePagePermission("workspace:read", "/manage/reports/evidence");
  return <EvidenceRegisterReport scope="workspace" />;
}
