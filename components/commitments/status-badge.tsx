import { Link } from "@/i18n/navigation";
import type { Tone } from "@/lib/vocabulary";
import { StatusIcon, type StatusIconName } from "./status-icon";

// Solid badges with white text: every tone reaches at least 6.5:1 contrast (WCAG AAA for large
// text, AA for normal). The label always states the status in words, and the icon's shape
// differs per status, so colour only reinforces them.
const TONE_CLASSES: Record<Tone, string> = {
  neutral: "border-slate-700 bg-slate-600 text-white",
  info: "border-sky-900 bg-sky-800 text-white",
  progress: "border-indigo-900 bg-indigo-700 text-white",
  warning: "border-amber-900 bg-amber-800 text-white",
  danger: "border-red-900 bg-red-700 text-white",
  success: "border-emerald-900 bg-emerald-800 text-white",
};

type Props = {
  label: string;
  tone: Tone;
  icon?: StatusIconName;
  /** Where the status is defined (/method#…); the badge becomes a link there. */
  href?: string;
  /** Words for screen readers after the label, e.g. "what this means". */
  hint?: string;
  size?: "md" | "lg";
};

/** A status as words with a shape in a solid box, linking to its definition when `href` is given. */
export function StatusBadge({ label, tone, icon, href, hint, size = "md" }: Props) {
  const sizeClass = size === "lg" ? "gap-2 px-3 py-1.5 text-lg" : "gap-1.5 px-2 py-0.5 text-sm";
  const className = `inline-flex items-center rounded border font-semibold print:border-black print:bg-white print:text-black ${sizeClass} ${TONE_CLASSES[tone]}`;
  const content = (
    <>
      {icon ? <StatusIcon name={icon} className={size === "lg" ? "h-5 w-5" : "h-4 w-4"} /> : null}
      <span>{label}</span>
      {hint ? <span className="sr-only">{` (${hint})`}</span> : null}
    </>
  );
  if (!href) return <span className={className}>{content}</span>;
  return (
    <Link
      href={href}
      className={`${className} no-underline hover:underline focus-visible:underline`}
      data-status-link={href}
    >
      {content}
    </Link>
  );
}
