import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { auditChanges } from "@/lib/audit/diff";
import { ZonedTime } from "@/components/common/zoned-time";
import { auditQuery, type AuditFilters } from "@/lib/audit/filters";

type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
  actor: { name: string; email: string } | null;
};

/** Audit events: when, who, what, which record, and each changed field before → after. */
export async function AuditTable({ events, page, pageCount, filters }: { events: readonly AuditRow[]; page: number; pageCount: number; filters: AuditFilters }) {
  const t = await getTranslations("audit");
  return (
    <>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="audit-table">
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-2 pr-3">{t("when")}</th>
              <th scope="col" className="py-2 pr-3">{t("actor")}</th>
              <th scope="col" className="py-2 pr-3">{t("action")}</th>
              <th scope="col" className="py-2 pr-3">{t("entity")}</th>
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
                <td className="py-2 pr-3">{event.actor ? `${event.actor.name} (${event.actor.email})` : t("system")}</td>
                <td className="py-2 pr-3 font-mono">{event.action}</td>
                <td className="py-2 pr-3">
                  {event.entityType === "Commitment" ? (
                    <Link href={`/manage/commitments/${event.entityId}`} className="underline underline-offset-4">
                      {event.entityType} {event.entityId}
                    </Link>
                  ) : (
                    `${event.entityType} ${event.entityId}`
                  )}
                </td>
                <td className="py-2">
                  <ul className="space-y-1">
                    {auditChanges(event.before, event.after).map((change) => (
                      <li key={change.key} className="break-words">
                        <span className="font-medium">{change.key}</span>: <del>{change.before || "∅"}</del> → <ins className="no-underline">{change.after || "∅"}</ins>
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
