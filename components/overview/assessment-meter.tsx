import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ASSESSMENTS, ASSESSMENT_TONES, type AssessmentKey, type Tone } from "@/lib/vocabulary";

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
 * How many commitments are in each assessment: a bar for the eye and, beside it, the same
 * numbers in words (the bar is decorative; the list carries the meaning).
 */
export async function AssessmentMeter({ counts, total }: { counts: Partial<Record<string, number>>; total: number }) {
  const t = await getTranslations();
  // Delivered first, then the shortfalls, with "Not yet assessed" last.
  const order: AssessmentKey[] = [
    ...[...ASSESSMENTS].reverse().filter((key) => key !== "NOT_ASSESSED"),
    "NOT_ASSESSED",
  ];
  return (
    <div>
      <div className="flex h-6 w-full overflow-hidden rounded border border-slate-400" aria-hidden="true">
        {order.map((key) => {
          const count = counts[key] ?? 0;
          if (count === 0 || total === 0) return null;
          return (
            <div
              key={key}
              className={`${SEGMENT_CLASSES[ASSESSMENT_TONES[key]]} ${SEGMENT_PATTERNS[key] ?? ""}`}
              style={{ width: `${(count / total) * 100}%` }}
            />
          );
        })}
      </div>
      <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2" aria-label={t("overview.assessmentMeterLabel")}>
        {order.map((key) => (
          <li key={key} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={`inline-block h-3 w-3 rounded-sm ${SEGMENT_CLASSES[ASSESSMENT_TONES[key]]} ${SEGMENT_PATTERNS[key] ?? ""}`}
            />
            <Link href={`/commitments?assessment=${key}`} className="text-brand underline-offset-4 hover:underline">
              <span className="font-semibold tabular-nums">{counts[key] ?? 0}</span> {t(`assessment.${key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
