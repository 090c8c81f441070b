import { getTranslations } from "next-intl/server";
import { formatCalendarDate } from "@/lib/calendar";
import { removeEvidenceAction } from "@/lib/evidence/actions";
import type { CaptureSummary } from "@/lib/evidence/capture/data";
import { ActionButtonForm } from "./action-button-form";
import { CaptureStatus } from "./capture-status";
import { EvidenceForm } from "./evidence-form";

export type EvidenceItem = {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: Date | null;
  kind: string;
  note: string | null;
  version: number;
  capture?: CaptureSummary;
};

/** Evidence links on the commitment: list, add, edit and remove (removal is audited). */
export async function EvidenceSection({
  commitmentId,
  evidence,
}: {
  commitmentId: string;
  evidence: readonly EvidenceItem[];
}) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="evidence-heading" className="max-w-3xl">
      <h2 id="evidence-heading" className="text-2xl font-semibold">
        {t("manage.evidence.title")}
      </h2>
      {evidence.length === 0 ? <p className="mt-2 text-slate-700">{t("manage.evidence.none")}</p> : null}
      <ul className="mt-3 space-y-3" data-testid="evidence-list">
        {evidence.map((item) => (
          <li key={item.id} className="rounded border border-slate-200 p-3">
            <a
              href={item.url}
              rel="noopener noreferrer nofollow"
              target="_blank"
              className="font-medium underline underline-offset-4"
            >
              {t("manage.evidence.opens", { title: item.title })}
            </a>
            <p className="break-all text-sm text-slate-600">{item.url}</p>
            <p className="text-sm text-slate-700">
              {[
                t.has(`evidenceKind.${item.kind}`) ? t(`evidenceKind.${item.kind}`) : item.kind,
                item.publisher,
                item.publishedOn ? formatCalendarDate(item.publishedOn) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {item.note ? <p className="mt-1 text-sm">{item.note}</p> : null}
            {item.capture ? <CaptureStatus capture={item.capture} /> : null}
            <div className="mt-2 flex flex-wrap gap-4">
              <details>
                <summary className="cursor-pointer text-sm underline underline-offset-4">
                  {t("manage.evidence.edit")}
                </summary>
                <div className="mt-2">
                  <EvidenceForm
                    commitmentId={commitmentId}
                    evidence={{
                      id: item.id,
                      version: item.version,
                      values: {
                        url: item.url,
                        title: item.title,
                        publisher: item.publisher ?? "",
                        publishedOn: item.publishedOn ? formatCalendarDate(item.publishedOn) : "",
                        kind: item.kind,
                        note: item.note ?? "",
                      },
                    }}
                  />
                </div>
              </details>
              <details>
                <summary className="cursor-pointer text-sm text-red-800 underline underline-offset-4">
                  {t("manage.evidence.remove")}
                </summary>
                <div className="mt-2">
                  <ActionButtonForm
                    action={removeEvidenceAction}
                    fields={{ evidenceId: item.id, version: item.version }}
                    label={t("manage.evidence.remove")}
                    tone="danger"
                    reasonLabel={t("manage.evidence.removeReason")}
                  />
                </div>
              </details>
            </div>
          </li>
        ))}
      </ul>
      <details className="mt-4 rounded border border-slate-300 p-3">
        <summary className="cursor-pointer font-medium">{t("manage.evidence.add")}</summary>
        <div className="mt-3">
          <EvidenceForm commitmentId={commitmentId} />
        </div>
      </details>
    </section>
  );
}
