import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { SnapshotReport } from "@/app/reports/_views/snapshot";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("snapshotTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The workspace's version: drafts included, and the change report names who recorded each change.
export default async function Page({ searchParams }: Props) {
  await requirePagePermission("workspace:read", "/manage/reports/snapshot");
  return <SnapshotReport params={await searchParams} scope="workspace" />;
}
