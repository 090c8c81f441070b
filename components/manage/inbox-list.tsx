import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/locales";
import { workspaceTitle, type TitledRecord } from "@/lib/manage/workspace-title";
import { WorkspaceTitleText } from "./workspace-title";
import { Link } from "@/i18n/navigation";
import {
  discardCorrectionAction,
  forgetCorrectionEmailAction,
  handleCorrectionAction,
} from "@/lib/corrections/actions";
import { formatZonedDateTime } from "@/components/common/zoned-time";
import { UserText } from "@/components/common/user-text";
import { ActionButtonForm } from "./action-button-form";
import { RETURN_PAGE_FIELD } from "@/lib/paging";
import { CorrectionEvidenceForm } from "./correction-evidence-form";

export type InboxCorrection = {
  id: string;
  createdAt: Date;
  locale: string;
  state: string;
  message: string;
  url: string | null;
  email: string | null;
  discardReason: string | null;
  commitment: { id: string } & TitledRecord;
};

/** One reader correction with what an editor can do with it; the email is shown here only. */
async function CorrectionCard({
  correction,
  isOpen,
  page,
}: {
  correction: InboxCorrection;
  isOpen: boolean;
  page: number;
}) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale() as Promise<Locale>]);
  return (
    <li className="rounded border border-slate-300 p-4" data-correction={correction.id}>
      <p className="text-sm text-slate-600">
        {t("inbox.received", {
          time: formatZonedDateTime(format, correction.createdAt),
          language: isLocale(correction.locale) ? t(`site.languageName.${correction.locale}`) : correction.locale,
        })}{" "}
        · {t(`inbox.state.${correction.state as "NEW"}`)}
      </p>
      <h3 className="font-semibold">
        <Link href={`/manage/commitments/${correction.commitment.id}`} className="underline underline-offset-4">
          <WorkspaceTitleText title={workspaceTitle(correction.commitment, locale)} isBlock={false} />
        </Link>
      </h3>
      <p className="mt-2 whitespace-pre-line" data-testid="correction-message">
        <UserText>{correction.message}</UserText>
      </p>
      {correction.url ? (
        <p className="mt-1 break-all text-sm">
          {t("inbox.url")}:{" "}
          <a
            href={correction.url}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className="underline underline-offset-4"
          >
            {correction.url}
          </a>
        </p>
      ) : null}
      <div className="mt-1 text-sm">
        {correction.email ? (
          <div className="flex flex-wrap items-center gap-2">
            <span>
              {t("inbox.email")}: <span data-testid="correction-email">{correction.email}</span>
            </span>
            <ActionButtonForm
              action={forgetCorrectionEmailAction}
              fields={{ correctionId: correction.id, [RETURN_PAGE_FIELD]: page }}
              label={t("inbox.forgetEmail")}
              tone="danger"
            />
          </div>
        ) : (
          <span className="text-slate-600">{t("inbox.noEmail")}</span>
        )}
      </div>
      {correction.discardReason ? (
        <p className="mt-1 text-sm">{t("inbox.discardedBecause", { reason: correction.discardReason })}</p>
      ) : null}
      {isOpen ? (
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          {correction.url ? (
            <CorrectionEvidenceForm correctionId={correction.id} url={correction.url} page={page} />
          ) : null}
          <ActionButtonForm
            action={handleCorrectionAction}
            fields={{ correctionId: correction.id, [RETURN_PAGE_FIELD]: page }}
            label={t("inbox.markHandled")}
            tone="secondary"
          />
          <ActionButtonForm
            action={discardCorrectionAction}
            fields={{ correctionId: correction.id, [RETURN_PAGE_FIELD]: page }}
            label={t("inbox.discard")}
            tone="danger"
            reasonLabel={t("inbox.discardReason")}
          />
        </div>
      ) : null}
    </li>
  );
}

/** The reader inbox: new corrections oldest first, then recently decided ones. */
export async function InboxList({
  open,
  decided,
  page = 1,
}: {
  open: readonly InboxCorrection[];
  decided: readonly InboxCorrection[];
  /** The inbox's page, kept after an action. */ page?: number;
}) {
  const t = await getTranslations("inbox");
  return (
    <>
      {open.length === 0 ? <p className="mt-4 text-slate-700">{t("empty")}</p> : null}
      <ol className="mt-4 space-y-4" data-testid="inbox-open">
        {open.map((correction) => (
          <CorrectionCard key={correction.id} correction={correction} isOpen page={page} />
        ))}
      </ol>
      {decided.length > 0 ? (
        <section aria-labelledby="decided-heading" className="mt-8">
          <h2 id="decided-heading" className="text-xl font-semibold">
            {t("decidedHeading")}
          </h2>
          <ol className="mt-3 space-y-3" data-testid="inbox-decided">
            {decided.map((correction) => (
              <CorrectionCard key={correction.id} correction={correction} isOpen={false} page={page} />
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
