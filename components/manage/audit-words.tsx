import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { AuditSubject } from "@/lib/audit/subject";
import type { TranslatableText } from "@/lib/commitments/localize";

// The audit log in words: actions, record kinds, field names and coded values (statuses, themes,
// roles) come from the catalogues; ids never show. An action or field the catalogue does not know
// yet (a new one) is shown as it is stored rather than hidden.

const CODED_VALUES: Record<string, string> = {
  assessment: "assessment",
  officialClaim: "officialClaim",
  category: "category",
  kind: "evidenceKind",
  reasonCode: "reasons",
};

/** Keys that hold ids or bookkeeping, not something a reader checks. */
const isIdKey = (key: string) => key === "id" || /Ids?$/.test(key) || key === "updatedAt" || key === "searchText";

/** Translators for the audit log's words, for the request's language. */
export async function getAuditWords() {
  const [t, root] = await Promise.all([getTranslations("audit"), getTranslations()]);
  const known = (key: string) => t.has(key as never);
  return {
    action: (action: string) => (known(`actions.${action}`) ? t(`actions.${action}` as never) : action),
    field: (key: string) => (known(`fields.${key}`) ? t(`fields.${key}` as never) : key),
    isShownField: (key: string) => !isIdKey(key),
    value: (key: string, value: string) => {
      if (value === "true" || value === "false") return t(value === "true" ? "yes" : "no");
      const namespace = CODED_VALUES[key] ?? (key === "role" ? "manage.role" : null);
      const path = namespace ? `${namespace}.${value}` : null;
      return path && root.has(path as never) ? root(path as never) : value;
    },
    entityType: (type: string) => (known(`entityTypes.${type}`) ? t(`entityTypes.${type}` as never) : type),
  };
}

/** Which record an audit row is about: the commitment's title (linked), or the evidence's, user's, source's or file's name. */
export async function AuditSubjectCell({
  subject,
  entityType,
  title,
}: {
  subject: AuditSubject | null;
  entityType: string;
  title: (text: TranslatableText) => string;
}) {
  const [t, words] = await Promise.all([getTranslations("audit"), getAuditWords()]);
  const commitmentLink = (commitmentId: string, text: TranslatableText) => (
    <Link href={`/manage/commitments/${commitmentId}`} className="underline underline-offset-4">
      <bdi>{title(text)}</bdi>
    </Link>
  );
  if (!subject) return <>{t("removedRecord", { type: words.entityType(entityType) })}</>;
  switch (subject.kind) {
    case "commitment":
      return commitmentLink(subject.commitmentId, subject.commitment);
    case "evidence":
      return (
        <>
          {t("evidenceFor", { title: subject.title })} {commitmentLink(subject.commitmentId, subject.commitment)}
        </>
      );
    case "source":
      return <>{t("sourceNamed", { title: subject.title })}</>;
    case "user":
      return <>{t("userNamed", { name: subject.name, email: subject.email })}</>;
    case "import":
      return <>{t("importNamed", { fileName: subject.fileName })}</>;
  }
}
