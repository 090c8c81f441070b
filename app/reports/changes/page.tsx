import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangesReport } from "../_views/changes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("changesTitle"), description: t("changesDescription") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  return <ChangesReport params={await searchParams} scope="public" />;
}
