import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { approveChangeAction, returnChangeAction } from "@/lib/review/actions";
import { formatZonedDateTime } from "@/components/common/zoned-time";
import { UserText } from "@/components/common/user-text";
import { RETURN_PAGE_FIELD } from "@/lib/paging";
import { ActionButtonForm } from "./action-button-form";
import { ReturnProposalForm } from "./return-proposal-form";

export type PendingChange = {
  id: string;
  version: number;
  kind: string;
  createdAt: Date;
  commitment: { id: string; title: string };
  proposedBy: { id: string; name: string };
  /** The operation's input as proposed. */
  proposed: Record<string, unknown>;
  /** What it replaces, as it was when proposed (null for an addition). */
  replaces: Record<string, unknown> | null;
};

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** One side of a change: a link (title and address) or a quote. */
export function ChangeSide({ value, kind }: { value: Record<string, unknown> | null; kind: string }) {
  if (!value) return <>—</>;
  if (kind.startsWith("quote")) {
    const quote = text(value.quoteText) || text(value.text);
    return <UserText>{quote}</UserText>;
  }
  return (
    <>
      <UserText>{text(value.title)}</UserText> <span className="break-all text-slate-600">({text(value.url)})</span>
    </>
  );
}

/**
 * The evidence and quote changes waiting for review (a contributor's edit or removal of evidence,
 * or addition or removal of a quote), each with what it replaces and what is proposed.
 */
export async function ReviewChanges({
  changes,
  total,
  viewerId,
  page = 1,
}: {
  changes: readonly PendingChange[];
  total: number;
  viewerId: string;
  page?: number;
}) {
  const [t, format] = await Promise.all([getTranslations("review"), getFormatter()]);
  return (
    <section className="mt-8" aria-labelledby="review-changes-heading" data-testid="review-changes">
      <h2 id="review-changes-heading" className="text-2xl font-semibold">
        {t("changesHeading")}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">{t("changesIntro", { count: total, shown: changes.length })}</p>
      {changes.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("changesEmpty")}</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {changes.map((change) => {
            const isRemoval = change.kind.endsWith("remove");
            return (
              <li key={change.id} className="rounded border border-slate-300 p-4" data-change={change.id}>
                <p className="text-sm text-slate-600">
                  {t("proposedBy", {
                    name: change.proposedBy.name,
                    time: formatZonedDateTime(format, change.createdAt),
                  })}
                </p>
                <h3 className="text-lg font-semibold">
                  <Link href={`/manage/commitments/${change.commitment.id}`} className="underline underline-offset-4">
                    <UserText>{change.commitment.title}</UserText>
                  </Link>
                </h3>
                <p className="font-medium">{t(`changeKind.${change.kind.replace(".", "-")}`)}</p>
                <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-medium">{t("current")}</dt>
                  <dd data-testid="change-current">
                    <ChangeSide value={change.replaces} kind={change.kind} />
                  </dd>
                  <dt className="font-medium">{t("proposedValue")}</dt>
                  <dd data-testid="change-proposed">
                    {isRemoval ? t("removed") : <ChangeSide value={change.proposed} kind={change.kind} />}
                  </dd>
                  {text(change.proposed.reason) ? (
                    <>
                      <dt className="font-medium">{t("removalReason")}</dt>
                      <dd>
                        <UserText>{text(change.proposed.reason)}</UserText>
                      </dd>
                    </>
                  ) : null}
                </dl>
                {change.proposedBy.id === viewerId ? (
                  <p className="mt-3 text-slate-700">{t("ownProposal")}</p>
                ) : (
                  <div className="mt-3 grid gap-4 sm:grid-cols-2">
                    <ActionButtonForm
                      action={approveChangeAction}
                      fields={{ proposalId: change.id, version: change.version, [RETURN_PAGE_FIELD]: page }}
                      label={t("approve")}
                      tone="primary"
                    />
                    <ReturnProposalForm
                      proposalId={change.id}
                      version={change.version}
                      page={page}
                      action={returnChangeAction}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
