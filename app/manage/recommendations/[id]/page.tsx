import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { getRecommendationForEditor, searchCommitmentsForLinking } from "@/lib/recommendations/data";
import { UserText } from "@/components/common/user-text";
import { LinkPanel } from "@/components/recommendations/link-panel";
import { RecommendationText } from "@/components/recommendations/recommendation-text";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const recommendation = await getRecommendationForEditor((await params).id);
  const t = await getTranslations("recommendationsManage.link");
  return { title: recommendation ? t("recommendationHeading", { symbol: recommendation.symbol, paragraph: recommendation.paragraph }) : t("listTitle") };
}

/** One recommendation in the workspace: its text, and the commitments linked to it, with a search to link more. */
export default async function ManageRecommendationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission("workspace:read", `/manage/recommendations/${id}`);
  const query = [(await searchParams).cq ?? []].flat()[0]?.slice(0, 200) ?? "";
  const [recommendation, results, t] = await Promise.all([getRecommendationForEditor(id), searchCommitmentsForLinking(query), getTranslations("recommendationsManage.link")]);
  if (!recommendation) notFound();
  const entry = (commitment: { id: string; title: string }) => ({
    key: commitment.id,
    label: <UserText>{commitment.title}</UserText>,
    href: `/manage/commitments/${commitment.id}`,
    commitmentId: commitment.id,
    recommendationId: recommendation.id,
  });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("recommendationHeading", { symbol: recommendation.symbol, paragraph: recommendation.paragraph })}</h1>
      <RecommendationText recommendation={recommendation} showOriginal />
      <LinkPanel
        heading={t("commitmentsHeading")}
        linked={recommendation.commitments.map((link) => entry(link.commitment))}
        searchParam="cq"
        searchLabel={t("searchCommitmentLabel")}
        query={query}
        results={results.map(entry)}
        testId="recommendation-commitments"
      />
    </div>
  );
}
