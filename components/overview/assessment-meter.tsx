import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { assessmentTally } from "@/lib/reports/tally";
import { ASSESSMENT_TONES, type AssessmentKey, type Tone } from "@/lib/vocabulary";

const SEGMENT_CLASSES: Record<Tone, string> = {
  neutral: "bg-slate-300",
  info: "bg-sky-500",
  progress: "bg-indigo-500",
  warning: "bg-amber-500",
  danger: "bg-red-600",
  success: "bg-emerald-600",
};

// Stalled shares the warning tone with Not started; a pattern tells them apart without colour.
const SEGMENT_PATTERNS: Partial<Record<AssessmentKey, string>> = {
  STALLED:
    "bg-[repeating-linear-gradient(45deg,transparent,transparent_4px,rgba(255,255,255,.55)_4px,rgba(255,255,255,.55)_8px)]",
};

/**
 * The headline tally, kept against broken: a bar for the eye and, under it, one big count per
 * assessment, each a link to the commitments behind it (the bar is decorative; the links carry the meaning).
 */
export async function AssessmentMeter({ counts }: { counts: Partial<Record<string, number>> }) {
  const t = await getTranslations();
  const { total, entries } = assessmentTally(counts);
  return (
    <div>
      <div className="flex h-6 w-full overflow-hidden rounded border border-slate-400" aria-hidden="true">
        {entries.map(({ key, count, share }) =>
          count === 0 ? null : (
            <div
              key={key}
              className={`${SEGMENT_CLASSES[ASSESSMENT_TONES[key]]} ${SEGMENT_PATTERNS[key] ?? ""}`}
              style={{ width: `${share * 100}%` }}
            />
          ),
        )}
      </div>
      <ul
        className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7"
        aria-label={t("overview.assessmentMeterLabel")}
        data-testid="headline-tally"
      >
        {entries.map(({ key, count, href }) => (
          <li key={key} className="min-w-0">
            <Link
              href={href}
              className="block h-full rounded border border-slate-300 p-2 no-underline hover:border-brand hover:underline"
              data-testid={`tally-${key}`}
            >
              <span className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className={`inline-block h-3 w-3 shrink-0 rounded-sm ${SEGMENT_CLASSES[ASSESSMENT_TONES[key]]} ${SEGMENT_PATTERNS[key] ?? ""}`}
                />
                <span className="text-2xl font-bold tabular-nums text-slate-900">{count}</span>
              </span>
              <span className="mt-1 block text-sm text-brand">{t(`assessment.${key}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-700">{t("reader.tallyOf", { total })}</p>
    </div>
  );
}
