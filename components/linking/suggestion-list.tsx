import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ActionButtonForm } from "@/components/manage/action-button-form";
import { dismissSuggestionAction } from "@/lib/linking/actions";
import { linkRecommendationAction } from "@/lib/recommendations/actions";

/** One suggestion: what it names, where it opens, and the pair a link would join. */
export type SuggestionEntry = {
  key: string;
  label: ReactNode;
  href: string;
  commitmentId: string;
  recommendationId: string;
};

type Props = {
  heading: string;
  intro: string;
  entries: SuggestionEntry[];
  /** What the section says when nothing shares words with the record. */
  emptyText: string;
  /** False for people who may not link (contributors): they read the suggestions, without buttons. */
  canLink: boolean;
  testId: string;
};

/**
 * Suggested links on a workspace page, best first, each with Link (the audited link operation) and
 * Not related (remembered, so it is not suggested again). A suggestion links nothing by itself.
 */
export async function SuggestionList({ heading, intro, entries, emptyText, canLink, testId }: Props) {
  const t = await getTranslations("linking");
  return (
    <section aria-labelledby={`${testId}-heading`} className="mt-10 space-y-4" data-testid={testId}>
      <h2 id={`${testId}-heading`} className="text-2xl font-semibold">
        {heading}
      </h2>
      <p className="text-slate-700">{intro}</p>
      {!canLink ? <p className="text-sm text-slate-700">{t("readOnly")}</p> : null}
      {entries.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ol className="space-y-3">
          {entries.map((entry) => (
            <li
              key={entry.key}
              className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-300 p-3"
              data-testid="suggestion"
            >
              <Link href={entry.href} className="min-w-0 grow basis-96 underline-offset-4 hover:underline">
                {entry.label}
              </Link>
              {canLink ? (
                <div className="flex flex-wrap gap-2">
                  <ActionButtonForm
                    action={linkRecommendationAction}
                    fields={{ commitmentId: entry.commitmentId, recommendationId: entry.recommendationId }}
                    label={t("link")}
                    tone="primary"
                  />
                  <ActionButtonForm
                    action={dismissSuggestionAction}
                    fields={{ commitmentId: entry.commitmentId, recommendationId: entry.recommendationId }}
                    label={t("notRelated")}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
