import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { toCounts, type SeriesPoint } from "@/lib/charts/series";
import { isOverdue } from "@/lib/calendar";
import { ProgressChart } from "@/components/charts/progress-chart";
import { StackedBars } from "@/components/charts/stacked-bars";
import { CommitmentList, type CommitmentListItem } from "./commitment-list";
import { ClaimBadge } from "./status-badges";
import { OFFICIAL_CLAIMS } from "@/lib/vocabulary";

type Props = {
  id: string;
  /** The group's name (a body or an instrument), for the chart's row and captions. */
  name: string;
  commitments: CommitmentListItem[];
  series: SeriesPoint[];
  today: Date;
  /** Query string of the same group on /commitments (e.g. "body=government"). */
  listQuery: string;
  csvLabel: string;
};

/**
 * What a journalist needs about one responsible body or one instrument: where its commitments
 * stand (a stacked bar and the numbers), how that changed month by month, what is overdue, and
 * every commitment.
 */
export async function CommitmentGroup({ id, name, commitments, series, today, listQuery, csvLabel }: Props) {
  const t = await getTranslations();
  const counts = toCounts({});
  for (const commitment of commitments) counts[commitment.assessment] += 1;
  const overdue = commitments.filter((commitment) => isOverdue(commitment, today));
  return (
    <>
      <section aria-labelledby={`${id}-tally-heading`} className="mt-8">
        <h2 id={`${id}-tally-heading`} className="text-2xl font-semibold">
          {t("bodies.tallyHeading")}
        </h2>
        <div className="mt-3">
          <StackedBars
            id={`${id}-tally`}
            caption={name}
            labelHeader={t("charts.totalHeader")}
            rows={[{ key: id, label: name, counts }]}
          />
        </div>
        <h3 className="mt-5 font-semibold">{t("home.claimsHeading")}</h3>
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2" data-testid="group-claims">
          {OFFICIAL_CLAIMS.map((claim) => ({
            claim,
            count: commitments.filter((commitment) => commitment.officialClaim === claim).length,
          }))
            .filter((row) => row.count > 0)
            .map((row) => (
              <li key={row.claim} className="flex items-center gap-2">
                <span className="text-lg font-bold tabular-nums">{row.count}</span>
                <ClaimBadge value={row.claim} />
              </li>
            ))}
        </ul>
        <p className="mt-4 text-lg" data-testid="group-overdue">
          {overdue.length > 0 ? (
            <Link href={`/commitments?${listQuery}&overdue=1`} className="text-brand underline underline-offset-4">
              {t("bodies.overdueLine", { count: overdue.length })}
            </Link>
          ) : (
            t("bodies.overdueLine", { count: 0 })
          )}
        </p>
      </section>

      <section aria-labelledby={`${id}-progress-heading`} className="mt-10">
        <h2 id={`${id}-progress-heading`} className="text-2xl font-semibold">
          {t("charts.progressHeading")}
        </h2>
        <div className="mt-3">
          <ProgressChart id={`${id}-progress`} series={series} caption={`${t("charts.progressCaption")}: ${name}`} />
        </div>
      </section>

      {overdue.length > 0 ? (
        <section aria-labelledby={`${id}-overdue-heading`} className="mt-10">
          <h2 id={`${id}-overdue-heading`} className="text-2xl font-semibold">
            {t("bodies.overdueHeading")}
          </h2>
          <div className="mt-3">
            <CommitmentList commitments={overdue} onDay={today} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby={`${id}-list-heading`} className="mt-10">
        <h2 id={`${id}-list-heading`} className="text-2xl font-semibold">
          {t("bodies.commitmentsHeading")}
        </h2>
        <p className="no-print mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <Link href={`/commitments?${listQuery}`} className="text-brand underline underline-offset-4">
            {t("bodies.seeInList")}
          </Link>
          <a href={`/export/commitments.csv?${listQuery}`} className="text-brand underline underline-offset-4" download>
            {csvLabel}
          </a>
        </p>
        <div className="mt-3">
          <CommitmentList commitments={commitments} onDay={today} />
        </div>
      </section>
    </>
  );
}
