import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { linkRecommendationAction, unlinkRecommendationAction } from "@/lib/recommendations/actions";
import { ActionButtonForm } from "@/components/manage/action-button-form";

/** One row of the panel: what it names, where it opens, and the pair a link joins. */
export type LinkEntry = { key: string; label: ReactNode; href: string; commitmentId: string; recommendationId: string };

type Props = {
  heading: string;
  linked: LinkEntry[];
  searchParam: string;
  searchLabel: string;
  query: string;
  results: LinkEntry[];
  testId: string;
  /** False for people who may not link (contributors): the links are listed, without buttons or search. */
  canLink?: boolean;
  /** What an empty panel says (default: no recommendation linked yet, for the commitment's side). */
  emptyText?: string;
};

/**
 * Links between commitments and recommendations, from either side: the current links with an
 * Unlink button each, and a search box (a plain GET form) whose results each have a Link button.
 */
export async function LinkPanel({
  heading,
  linked,
  searchParam,
  searchLabel,
  query,
  results,
  testId,
  canLink = true,
  emptyText,
}: Props) {
  const t = await getTranslations("recommendationsManage.link");
  const linkedKeys = new Set(linked.map((entry) => entry.key));
  return (
    <section aria-labelledby={`${testId}-heading`} className="mt-10 space-y-4" data-testid={testId}>
      <h2 id={`${testId}-heading`} className="text-2xl font-semibold">
        {heading}
      </h2>
      {linked.length === 0 ? (
        <p>{emptyText ?? t("none")}</p>
      ) : (
        <ul className="space-y-3" data-testid={`${testId}-linked`}>
          {linked.map((entry) => (
            <li
              key={entry.key}
              className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-300 p-3"
            >
              <Link href={entry.href} className="underline underline-offset-4">
                {entry.label}
              </Link>
              {canLink ? (
                <ActionButtonForm
                  action={unlinkRecommendationAction}
                  fields={{ commitmentId: entry.commitmentId, recommendationId: entry.recommendationId }}
                  label={t("unlink")}
                  tone="danger"
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canLink ? (
        <>
          <form method="get" className="flex flex-wrap items-end gap-2" role="search">
            <label className="block grow">
              <span className="font-medium">{searchLabel}</span>
              <input
                type="search"
                name={searchParam}
                defaultValue={query}
                maxLength={200}
                className="mt-1 block w-full rounded border border-slate-500 p-2"
              />
            </label>
            <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-medium">
              {t("search")}
            </button>
          </form>
          {query ? (
            results.length === 0 ? (
              <p>{t("noMatch", { query })}</p>
            ) : (
              <ul className="space-y-3" data-testid={`${testId}-results`}>
                {results
                  .filter((entry) => !linkedKeys.has(entry.key))
                  .map((entry) => (
                    <li
                      key={entry.key}
                      className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-200 p-3"
                    >
                      <span>{entry.label}</span>
                      <ActionButtonForm
                        action={linkRecommendationAction}
                        fields={{ commitmentId: entry.commitmentId, recommendationId: entry.recommendationId }}
                        label={t("link")}
                        tone="primary"
                      />
                    </li>
                  ))}
              </ul>
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}
