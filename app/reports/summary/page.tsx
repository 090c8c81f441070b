import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SummaryReport } from "../_views/summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("summaryTitle"), description: t("summaryDescription") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  return <SummaryReport params={await searchParams} scope="public" />;
}
