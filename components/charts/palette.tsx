import type { AssessmentKey } from "@/lib/vocabulary";

// Chart colours per assessment. Neighbouring segments are also separated by a white line, Stalled
// is hatched (it would otherwise sit close to Not started), and every chart has its numbers in
// words and in a table, so no reading depends on colour.
export const ASSESSMENT_FILL: Record<AssessmentKey, string> = {
  IMPLEMENTED: "#047857",
  PARTIALLY_IMPLEMENTED: "#0284c7",
  IN_PROGRESS: "#4f46e5",
  STALLED: "#b45309",
  NOT_STARTED: "#f59e0b",
  REVERSED: "#b91c1c",
  NOT_ASSESSED: "#cbd5e1",
};

/** The hatch pattern for Stalled; `id` must be unique on the page. */
export function ChartPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="4" height="4" fill={ASSESSMENT_FILL.STALLED} />
        <rect width="1.5" height="4" fill="#ffffff" fillOpacity="0.6" />
      </pattern>
    </defs>
  );
}

/** The fill of a segment: a colour, or the hatch pattern for Stalled. */
export function segmentFill(id: string, key: AssessmentKey): string {
  return key === "STALLED" ? `url(#${id}-hatch)` : ASSESSMENT_FILL[key];
}

/** A small swatch for legends, drawn like the segments. */
export function Swatch({ id, assessment }: { id: string; assessment: AssessmentKey }) {
  const patternId = `${id}-swatch-${assessment}`;
  return (
    <svg viewBox="0 0 12 12" className="h-3.5 w-3.5 shrink-0" aria-hidden="true" focusable="false">
      {assessment === "STALLED" ? <ChartPatterns id={patternId} /> : null}
      <rect
        x="0.5"
        y="0.5"
        width="11"
        height="11"
        rx="1.5"
        fill={segmentFill(patternId, assessment)}
        stroke="#334155"
        strokeWidth="1"
      />
    </svg>
  );
}
