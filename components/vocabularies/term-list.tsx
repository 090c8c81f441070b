import { getTranslations } from "next-intl/server";
import { UserText } from "@/components/common/user-text";
import type { TermKind } from "@/lib/vocabularies/terms";
import { VocabularyTermForm } from "./term-form";

const NAMES = ["nameEn", "nameRu", "nameKk"] as const;

/** A term as lib/vocabularies/data.ts lists it for the workspace. */
export type VocabularyTermRow = {
  kind: TermKind;
  key: string;
  nameEn: string;
  nameRu: string;
  nameKk: string;
  isImported: boolean;
  isTranslated: boolean;
};

/** The anchor of a term on the page: its kind and position, since keys hold any character. */
export const termAnchor = (kind: TermKind, index: number) => `${kind === "THEME" ? "theme" : "group"}-${index + 1}`;

/** One vocabulary's terms, each with where it came from, whether it is translated, and (for editors) its form. */
export async function VocabularyTermList({ terms, canEdit }: { terms: VocabularyTermRow[]; canEdit: boolean }) {
  const t = await getTranslations("recommendationsManage.terms");
  if (terms.length === 0) return <p>{t("empty")}</p>;
  return (
    <ul className="space-y-4">
      {terms.map((term, index) => (
        <li
          key={term.key}
          id={termAnchor(term.kind, index)}
          className={`rounded border p-4 ${term.isTranslated ? "border-slate-300" : "border-amber-700 bg-amber-50"}`}
          data-testid="vocabulary-term"
        >
          <h3 className="flex flex-wrap items-baseline gap-2 text-lg font-semibold">
            <UserText>{term.nameEn}</UserText>
            <span className="rounded border border-slate-500 px-2 text-sm font-normal">
              {term.isImported ? t("addedByImport") : t("uhriList")}
            </span>
            {term.isTranslated ? null : (
              <strong className="rounded border border-amber-800 px-2 text-sm text-amber-900">
                {t("notTranslated")}
              </strong>
            )}
          </h3>
          {canEdit ? (
            <div className="mt-3">
              <VocabularyTermForm
                kind={term.kind}
                termKey={term.key}
                anchor={termAnchor(term.kind, index)}
                names={{ nameEn: term.nameEn, nameRu: term.nameRu, nameKk: term.nameKk }}
              />
            </div>
          ) : (
            <dl className="mt-3 grid gap-x-4 gap-y-1 md:grid-cols-[max-content_1fr]">
              {NAMES.map((name) => (
                <div key={name} className="contents">
                  <dt className="font-medium">{t(name)}</dt>
                  <dd>
                    {term[name] ? (
                      <UserText>{term[name]}</UserText>
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
