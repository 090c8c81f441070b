import { getTranslations } from "next-intl/server";
import { LinkPanel } from "./link-panel";
import { RecommendationLabel } from "./recommendation-label";

type Recommendation = {
  id: string;
  symbol: string;
  paragraph: string;
  recommendingState: string;
  mechanismCode: string;
  text: string;
};

/** The commitment workspace's panel of the UN recommendations it answers. */
export async function CommitmentLinkSection({
  commitmentId,
  linked,
  results,
  query,
}: {
  commitmentId: string;
  linked: Recommendation[];
  results: Recommendation[];
  query: string;
}) {
  const t = await getTranslations("recommendationsManage.link");
  const entry = (recommendation: Recommendation) => ({
    key: recommendation.id,
    label: <RecommendationLabel recommendation={recommendation} />,
    href: `/manage/recommendations/${recommendation.id}`,
    commitmentId,
    recommendationId: recommendation.id,
  });
  return (
    <LinkPanel
      heading={t("heading")}
      linked={linked.map(entry)}
      searchParam="rq"
      searchLabel={t("searchLabel")}
      query={query}
      results={results.map(entry)}
      testId="commitment-recommendations"
    />
  );
}
