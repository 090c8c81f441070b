import type { AssessmentKey, OfficialClaimKey } from "@/lib/vocabulary";

export type StatusIconName = `assessment:${AssessmentKey}` | `claim:${OfficialClaimKey}` | "overdue";

// One shape per status (16 × 16, drawn in currentColor), so a status never depends on colour
// alone: an empty ring is "not yet", a filling circle is progress, bars are a pause, a tick is done.
const SHAPES: Record<StatusIconName, React.ReactNode> = {
  "assessment:NOT_ASSESSED": (
    <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeDasharray="2.4 2" />
  ),
  "assessment:NOT_STARTED": <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />,
  "assessment:IN_PROGRESS": (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" />
    </>
  ),
  "assessment:STALLED": (
    <>
      <rect x="4" y="3" width="3" height="10" rx="0.5" fill="currentColor" />
      <rect x="9" y="3" width="3" height="10" rx="0.5" fill="currentColor" />
    </>
  ),
  "assessment:PARTIALLY_IMPLEMENTED": (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M8 8V2.5a5.5 5.5 0 1 1-5.5 5.5z" fill="currentColor" />
    </>
  ),
  "assessment:IMPLEMENTED": (
    <path
      d="M2.5 8.5l3.5 3.5 7.5-8"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.4"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  "assessment:REVERSED": (
    <path
      d="M6 3L2.5 6.5 6 10M3 6.5h6.5a4 4 0 0 1 0 8H7"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  "claim:NO_CLAIM": <path d="M3.5 8h9" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
  "claim:ANNOUNCED": (
    <path
      d="M2.5 6.5v3h2.5l5 3v-9l-5 3zM12 5.5a3.5 3.5 0 0 1 0 5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
      strokeLinecap="round"
    />
  ),
  "claim:PLANNED": (
    <>
      <rect x="2.5" y="3.5" width="11" height="10" rx="1" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M2.5 7h11M5.5 2v3M10.5 2v3" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </>
  ),
  "claim:IN_PROGRESS": (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" />
    </>
  ),
  "claim:ADOPTED": (
    <>
      <rect x="2.5" y="2.5" width="11" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path
        d="M5 8.2l2 2 4-4.4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
  overdue: (
    <>
      <circle cx="8" cy="8" r="5.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
};

/** The shape of a status, decorative (the label next to it carries the meaning). */
export function StatusIcon({ name, className = "h-4 w-4" }: { name: StatusIconName; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" className={`shrink-0 ${className}`} aria-hidden="true" focusable="false">
      {SHAPES[name]}
    </svg>
  );
}
