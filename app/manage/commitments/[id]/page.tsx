import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { listBodyChoices } from "@/lib/bodies/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/permissions";
import { getCommitmentForEditing, listInstruments, listSources } from "@/lib/manage/data";
import { todayIso } from "@/lib/calendar";
import { CommitmentWorkspace } from "@/components/manage/commitment-workspace";
import { listOpenChangesFor, listOpenProposalsFor } from "@/lib/review/data";
import { getReviewSettings } from "@/lib/review/data";
import { workspaceReview } from "@/lib/review/workspace";
import { CommitmentLinkSection } from "@/components/recommendations/commitment-link-section";
import { listLinkedRecommendations, searchRecommendationsForEditor } from "@/lib/recommendations/data";
import { listSuggestedRecommendations } from "@/lib/linking/data";
import { SuggestionList } from "@/components/linking/suggestion-list";
import { SuggestedRecommendationLabel } from "@/components/linking/suggested-recommendation-label";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  const t = await getTranslations("manage.commitment");
  const { id } = await params;
  const commitment = await getCommitmentForEditing(id);
  return { title: commitment ? commitment.title : t("editTitle") };
}

export default async function CommitmentWorkspacePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const user = await requirePagePermission("workspace:read", `/manage/commitments/${id}`);
  const [commitment, instruments, sources, query, bodies, proposals, changes, settings, t] = await Promise.all([
    getCommitmentForEditing(id),
    listInstruments(),
    listSources(),
    searchParams,
    listBodyChoices((await getLocale()) as Locale),
    listOpenProposalsFor(id),
    listOpenChangesFor(id),
    getReviewSettings(),
    getTranslations(),
  ]);
  if (!commitment) notFound();
  const recommendationQuery = typeof query.rq === "string" ? query.rq.slice(0, 200) : "";
  const [linkedRecommendations, recommendationResults, suggestions, tl] = await Promise.all([
    listLinkedRecommendations(commitment.id),
    recommendationQuery ? searchRecommendationsForEditor(recommendationQuery) : Promise.resolve([]),
    listSuggestedRecommendations(commitment.id),
    getTranslations("linking"),
  ]);
  const saved = typeof query.saved === "string" ? query.saved : null;
  return (
    <>
      <CommitmentWorkspace
        commitment={commitment}
        instruments={instruments}
        bodies={bodies}
        sources={sources.map((source) => ({ ...source, publishedOn: source.publishedOn?.toISOString() ?? null }))}
        saved={saved}
        today={todayIso()}
        review={workspaceReview(user, proposals, settings, t, changes)}
        may={{
          edit: hasPermission(user.role, "commitment:update"),
          publish: hasPermission(user.role, "commitment:publish"),
          archive: hasPermission(user.role, "commitment:archive"),
          verify: hasPermission(user.role, "status:verify"),
        }}
      />
      {hasPermission(user.role, "commitment:update") ? (
        <CommitmentLinkSection
          commitmentId={commitment.id}
          linked={linkedRecommendations}
          results={recommendationResults}
          query={recommendationQuery}
        />
      ) : null}
      <SuggestionList
        heading={tl("suggestedRecommendations")}
        intro={tl("suggestedRecommendationsIntro")}
        emptyText={tl("noRecommendationInCommon")}
        canLink={hasPermission(user.role, "commitment:update")}
        testId="suggested-recommendations"
        entries={suggestions.map((recommendation) => ({
          key: recommendation.id,
          label: <SuggestedRecommendationLabel recommendation={recommendation} />,
          href: `/manage/recommendations/${recommendation.id}`,
          commitmentId: commitment.id,
          recommendationId: recommendation.id,
        }))}
      />
    </>
  );
}
