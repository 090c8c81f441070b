import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { ChangesReport } from "@/app/reports/_views/changes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("changesTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The workspace's version: drafts included, and the change report names who recorded each change.
export default async function Page({ searchParams }: Props) {
  await requirePagePermission("workspace:read", "/manage/reports/changes");
  return <ChangesReport params={await searchParams} scope="workspace" />;
}
