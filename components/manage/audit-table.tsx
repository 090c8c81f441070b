import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import type { AuditSubject } from "@/lib/audit/subject";
import { auditChanges } from "@/lib/audit/diff";
import { auditQuery, type AuditFilters } from "@/lib/audit/filters";
import { localizeCommitment } from "@/lib/commitments/localize";
import { ZonedTime } from "@/components/common/zoned-time";
import { AuditSubjectCell, getAuditWords } from "@/components/manage/audit-words";

type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
  actor: { name: string; email: string } | null;
  subject: AuditSubject | null;
};

/** Audit events: when, who, what (in words), which record (by its title, linked), and each changed field before → after. */
export async function AuditTable({
  events,
  page,
  pageCount,
  filters,
}: {
  events: readonly AuditRow[];
  page: number;
  pageCount: number;
  filters: AuditFilters;
}) {
  const [t, locale, words] = await Promise.all([getTranslations("audit"), getLocale(), getAuditWords()]);
  return (
    <>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="audit-table">
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("when")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("actor")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("action")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("entity")}
              </th>
              <th scope="col" className="py-2">
                {t("before")} → {t("after")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {events.map((event) => (
              <tr key={event.id} className="align-top" data-action={event.action}>
                <td className="whitespace-nowrap py-2 pr-3">
                  <ZonedTime instant={event.createdAt} />
                </td>
                <td className="py-2 pr-3">
                  {event.actor ? `${event.actor.name} (${event.actor.email})` : t("system")}
                </td>
                <td className="py-2 pr-3">{words.action(event.action)}</td>
                <td className="py-2 pr-3">
                  <AuditSubjectCell
                    subject={event.subject}
                    entityType={event.entityType}
                    title={(text) => localizeCommitment(text, locale as Locale).title}
                  />
                </td>
                <td className="py-2">
                  <ul className="space-y-1">
                    {auditChanges(event.before, event.after)
                      .filter((change) => words.isShownField(change.key))
                      .map((change) => (
                        <li key={change.key} className="break-words">
                          <span className="font-medium">{words.field(change.key)}</span>:{" "}
                          <del>{words.value(change.key, change.before) || "∅"}</del> →{" "}
                          <ins className="no-underline">{words.value(change.key, change.after) || "∅"}</ins>
                        </li>
                      ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("page", { page, pageCount })} className="mt-4 flex items-center gap-4">
        {page > 1 ? <Link href={`/manage/audit${auditQuery(filters, page - 1)}`}>{t("previous")}</Link> : null}
        <span>{t("page", { page, pageCount })}</span>
        {page < pageCount ? <Link href={`/manage/audit${auditQuery(filters, page + 1)}`}>{t("next")}</Link> : null}
      </nav>
    </>
  );
}
