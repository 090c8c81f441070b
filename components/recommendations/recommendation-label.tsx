import { getTranslations } from "next-intl/server";
import { UserText } from "@/components/common/user-text";

type Labelled = { symbol: string; paragraph: string; recommendingState: string; mechanismCode: string; text: string };

/** How the workspace names a recommendation: document and paragraph, state, the start of its text. */
export async function RecommendationLabel({ recommendation }: { recommendation: Labelled }) {
  const t = await getTranslations("recommendations");
  const text = recommendation.text.length > 160 ? `${recommendation.text.slice(0, 160)}…` : recommendation.text;
  return (
    <span className="block">
      <span className="font-medium">{`${recommendation.mechanismCode} · ${t("paragraph", { symbol: recommendation.symbol, paragraph: recommendation.paragraph })}`}</span>
      {recommendation.recommendingState ? (
        <span className="block text-sm">{t("recommendingState", { state: recommendation.recommendingState })}</span>
      ) : null}
      <span className="block text-sm text-slate-700">
        <UserText>{text}</UserText>
      </span>
    </span>
  );
}
