import type { Tone } from "@/lib/vocabulary";

// Colours pass WCAG AA contrast for their text; the label always states the status in words.
const TONE_CLASSES: Record<Tone, string> = {
  neutral: "border-slate-400 bg-slate-100 text-slate-800",
  info: "border-sky-600 bg-sky-50 text-sky-900",
  progress: "border-indigo-600 bg-indigo-50 text-indigo-900",
  warning: "border-amber-600 bg-amber-50 text-amber-900",
  danger: "border-red-700 bg-red-50 text-red-900",
  success: "border-emerald-700 bg-emerald-50 text-emerald-900",
};

/** A status shown as words in a tinted box; the colour only reinforces the text. */
export function StatusBadge({ label, tone }: { label: string; tone: Tone }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE_CLASSES[tone]}`}>{label}</span>
  );
}
