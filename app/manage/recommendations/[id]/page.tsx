import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { requirePagePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatCalendarDate } from "@/lib/calendar";
import {
  getRecommendationEditVocabulary,
  getRecommendationForEditor,
  searchCommitmentsForLinking,
} from "@/lib/recommendations/data";
import { mechanismName, sdgTitle } from "@/lib/recommendations/vocabulary";
import { WorkspaceTitleText } from "@/components/manage/workspace-title";
import { workspaceTitle, type TitledRecord } from "@/lib/manage/workspace-title";
import { readWorkspaceTitles } from "@/lib/manage/data";
import { LinkPanel } from "@/components/recommendations/link-panel";
import { RecommendationDeleteForm } from "@/components/recommendations/recommendation-delete-form";
import { RecommendationEditForm } from "@/components/recommendations/recommendation-edit-form";
import { RecommendationText } from "@/components/recommendations/recommendation-text";
import { getSameMatter, listLinkTargets, listSuggestedCommitments } from "@/lib/linking/data";
import { BulkLinkForm } from "@/components/linking/bulk-link-form";
import { SuggestedRecommendationLabel } from "@/components/linking/suggested-recommendation-label";
import { formatNumber } from "@/i18n/format-number";
import { SAME_MATTER_THRESHOLD } from "@/lib/linking/thresholds";
import { SuggestionList } from "@/components/linking/suggestion-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const recommendation = await getRecommendationForEditor((await params).id);
  const t = await getTranslations("recommendationsManage.link");
  return {
    title: recommendation
      ? t("recommendationHeading", { symbol: recommendation.symbol, paragraph: recommendation.paragraph })
      : t("listTitle"),
  };
}

/** One recommendation in the workspace: its text, the commitments linked to it (with a search to link more), and, for editors, its correction and deletion. */
export default async function ManageRecommendationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("workspace:read", `/manage/recommendations/${id}`);
  const query = [(await searchParams).cq ?? []].flat()[0]?.slice(0, 200) ?? "";
  const canEdit = hasPermission(user.role, "commitment:update");
  const [recommendation, results, vocabulary, t, locale] = await Promise.all([
    getRecommendationForEditor(id),
    searchCommitmentsForLinking(query),
    canEdit ? getRecommendationEditVocabulary() : null,
    getTranslations("recommendationsManage.link"),
    getLocale(),
  ]);
  const tr = await getTranslations("readerManage");
  if (!recommendation) notFound();
  const [suggestions, group, targets, tl] = await Promise.all([
    listSuggestedCommitments(recommendation.id),
    getSameMatter(recommendation.id, recommendation.issuedOn),
    canEdit ? listLinkTargets() : Promise.resolve([]),
    getTranslations("linking"),
  ]);
  // Search results carry the original title only; their translations are read for the display.
  const titles = await readWorkspaceTitles([...results, ...suggestions].map((row) => row.id));
  const entry = (commitment: { id: string } & Pick<TitledRecord, "title"> & Partial<TitledRecord>) => ({
    key: commitment.id,
    label: (
      <WorkspaceTitleText
        title={workspaceTitle(
          titles.get(commitment.id) ?? {
            title: commitment.title,
            sourceLocale: commitment.sourceLocale ?? "en",
            translations: commitment.translations ?? [],
          },
          locale as Locale,
        )}
      />
    ),
    href: `/manage/commitments/${commitment.id}`,
    commitmentId: commitment.id,
    recommendationId: recommendation.id,
  });
  const loadedAt = recommendation.updatedAt.toISOString();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">
        {t("recommendationHeading", { symbol: recommendation.symbol, paragraph: recommendation.paragraph })}
      </h1>
      <RecommendationText recommendation={recommendation} showOriginal />
      <LinkPanel
        heading={t("commitmentsHeading")}
        linked={recommendation.commitments.map((link) => entry(link.commitment))}
        searchParam="cq"
        searchLabel={t("searchCommitmentLabel")}
        query={query}
        results={results.map(entry)}
        testId="recommendation-commitments"
        emptyText={tr("noCommitmentLinked")}
        canLink={canEdit}
      />
      <SuggestionList
        heading={tl("suggestedCommitments")}
        intro={tl("suggestedCommitmentsIntro")}
        emptyText={tl("noCommitmentInCommon")}
        canLink={canEdit}
        testId="suggested-commitments"
        entries={suggestions.map(entry)}
      />
      {canEdit && group.others.length > 0 ? (
        <section aria-labelledby="same-matter-heading" className="mt-10 space-y-3">
          <h2 id="same-matter-heading" className="text-2xl font-semibold">
            {tl("groupHeading")}
          </h2>
          <p className="text-slate-700">
            {tl("groupIntro", {
              threshold: formatNumber(SAME_MATTER_THRESHOLD, locale, { minimumFractionDigits: 2 }),
            })}
          </p>
          <BulkLinkForm
            testId="group-bulk-link"
            items={[recommendation, ...group.others].map((item) => ({
              id: item.id,
              label: <SuggestedRecommendationLabel recommendation={item} />,
            }))}
            commitments={targets.map((target) => ({
              id: target.id,
              title: workspaceTitle(target, locale as Locale).title,
            }))}
          />
        </section>
      ) : null}
      {vocabulary ? (
        <>
          <RecommendationEditForm
            recommendationId={recommendation.id}
            loadedAt={loadedAt}
            values={{
              mechanismCode: recommendation.mechanismCode,
              cycle: recommendation.cycle,
              symbol: recommendation.symbol,
              paragraph: recommendation.paragraph,
              recommendingState: recommendation.recommendingState,
              text: recommendation.text,
              textLocale: recommendation.textLocale,
              textEn: recommendation.textEn ?? "",
              textRu: recommendation.textRu ?? "",
              textKk: recommendation.textKk ?? "",
              issuedOn: recommendation.issuedOn ? formatCalendarDate(recommendation.issuedOn) : "",
              response: recommendation.response,
              themes: recommendation.themes.map((item) => item.theme).join("\n"),
              affectedGroups: recommendation.affectedGroups.split("; ").filter(Boolean).join("\n"),
              sdgTargets: recommendation.sdgTargets.map((item) => item.targetCode),
              sourceUrl: recommendation.sourceUrl ?? "",
            }}
            mechanisms={vocabulary.mechanisms.map((mechanism) => ({
              value: mechanism.code,
              label: `${mechanism.code}: ${mechanismName(mechanism, locale as Locale)}`,
            }))}
            sdgTargets={vocabulary.sdgTargets.map((target) => ({
              code: target.code,
              title: sdgTitle(target, locale as Locale),
            }))}
          />
          <RecommendationDeleteForm
            recommendationId={recommendation.id}
            loadedAt={loadedAt}
            linkCount={recommendation.commitments.length}
          />
        </>
      ) : null}
    </div>
  );
}
