import { getTranslations } from "next-intl/server";
import { RecommendationList } from "./recommendation-list";

type Items = Parameters<typeof RecommendationList>[0]["items"];

/** The UN recommendations a commitment answers, on its public page (nothing when none is linked). */
export async function CommitmentRecommendations({ items, className }: { items: Items; className: string }) {
  const t = await getTranslations("recommendations");
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="recommendations-heading" className={className} data-testid="commitment-recommendations">
      <h2 id="recommendations-heading" className="text-2xl font-semibold">
        {t("commitmentHeading")}
      </h2>
      <RecommendationList items={items} />
    </section>
  );
}
