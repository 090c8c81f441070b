import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EvidenceRegisterReport } from "../_views/evidence";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("evidenceTitle"), description: t("evidenceDescription") };
}

export default async function Page() {
  return <EvidenceRegisterReport scope="public" />;
}
