import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SnapshotReport } from "../_views/snapshot";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("snapshotTitle"), description: t("snapshotDescription") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  return <SnapshotReport params={await searchParams} scope="public" />;
}
