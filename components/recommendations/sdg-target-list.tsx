import { getTranslations } from "next-intl/server";
import { UserText } from "@/components/common/user-text";
import { SdgTargetForm } from "./sdg-target-form";

const TITLES = ["titleEn", "titleRu", "titleKk"] as const;

/** A target as lib/sdg-targets/data.ts lists it for the workspace. */
type SdgTargetRow = {
  code: string;
  goal: number;
  titleEn: string;
  titleRu: string;
  titleKk: string;
  isImported: boolean;
  isTranslated: boolean;
};

/** The SDG targets, each with where it came from, whether it is translated, and (for editors) its form. */
export async function SdgTargetList({ targets, canEdit }: { targets: SdgTargetRow[]; canEdit: boolean }) {
  const t = await getTranslations("recommendationsManage.sdg");
  if (targets.length === 0) return <p>{t("empty")}</p>;
  return (
    <ul className="space-y-4" data-testid="sdg-targets">
      {targets.map((target) => (
        <li
          key={target.code}
          id={`target-${target.code}`}
          className={`rounded border p-4 ${target.isTranslated ? "border-slate-300" : "border-amber-700 bg-amber-50"}`}
          data-testid={`sdg-target-${target.code}`}
        >
          <h2 className="flex flex-wrap items-baseline gap-2 text-xl font-semibold">
            <span>{t("targetHeading", { code: target.code })}</span>
            <span className="text-sm font-normal text-slate-700">{t("goal", { goal: target.goal })}</span>
            <span className="rounded border border-slate-500 px-2 text-sm font-normal">
              {target.isImported ? t("addedByImport") : t("official")}
            </span>
            {target.isTranslated ? null : (
              <strong className="rounded border border-amber-800 px-2 text-sm text-amber-900">
                {t("notTranslated")}
              </strong>
            )}
          </h2>
          {canEdit ? (
            <div className="mt-3">
              <SdgTargetForm
                code={target.code}
                titles={{ titleEn: target.titleEn, titleRu: target.titleRu, titleKk: target.titleKk }}
              />
            </div>
          ) : (
            <dl className="mt-3 grid gap-x-4 gap-y-1 md:grid-cols-[max-content_1fr]">
              {TITLES.map((name) => (
                <div key={name} className="contents">
                  <dt className="font-medium">{t(name)}</dt>
                  <dd>
                    {target[name] ? (
                      <UserText>{target[name]}</UserText>
                    ) : (
                      <em className="text-slate-700">{t("missing")}</em>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
