import { getTranslations } from "next-intl/server";
import { CalendarDate } from "@/components/common/calendar-date";
import type { CaptureSummary } from "@/lib/evidence/capture/data";
import type { EvidenceKindKey } from "@/lib/vocabulary";
import { EvidenceCapture } from "./evidence-capture";
import { ExternalLink } from "./external-link";
import { UserText } from "@/components/common/user-text";

export type EvidenceItem = {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: Date | null;
  kind: EvidenceKindKey;
  note: string | null;
  capture?: CaptureSummary;
};

export async function EvidenceList({ items }: { items: EvidenceItem[] }) {
  const t = await getTranslations();
  if (items.length === 0) return <p className="text-slate-700">{t("commitment.evidenceEmpty")}</p>;
  return (
    <ul className="space-y-3" data-testid="evidence-list">
      {items.map((item) => (
        <li key={item.id}>
          <p>
            <ExternalLink href={item.url}>
              <UserText>{item.title}</UserText>
            </ExternalLink>
          </p>
          <p className="text-sm text-slate-600">
            {[t(`evidenceKind.${item.kind}`), item.publisher].filter(Boolean).join(" · ")}
            {item.publishedOn ? (
              <>
                {" · "}
                <CalendarDate date={item.publishedOn} />
              </>
            ) : null}
          </p>
          {item.note ? <p className="text-sm">{item.note}</p> : null}
          {item.capture ? <EvidenceCapture capture={item.capture} /> : null}
        </li>
      ))}
    </ul>
  );
}
