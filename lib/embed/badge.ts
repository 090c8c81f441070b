import type { AssessmentKey, OfficialClaimKey, Tone } from "@/lib/vocabulary";
import { xmlSafeText } from "@/lib/text/unsafe-characters";
import { ASSESSMENT_TONES } from "@/lib/vocabulary";

// The embeddable status badge (/embed/commitments/<slug>.svg): a self-contained SVG, no fonts or
// scripts, with every text from the database escaped. Colours and shapes match the site's badges.

const TONE_FILL: Record<Tone, string> = {
  neutral: "#475569",
  info: "#075985",
  progress: "#4338ca",
  warning: "#92400e",
  danger: "#b91c1c",
  success: "#065f46",
};

// The same shapes as components/commitments/status-icon.tsx, as SVG markup (white on the pill).
const ICONS: Record<AssessmentKey, string> = {
  NOT_ASSESSED: '<circle cx="8" cy="8" r="5.5" fill="none" stroke="#fff" stroke-width="1.8" stroke-dasharray="2.4 2"/>',
  NOT_STARTED: '<circle cx="8" cy="8" r="5.5" fill="none" stroke="#fff" stroke-width="2"/>',
  IN_PROGRESS:
    '<circle cx="8" cy="8" r="5.5" fill="none" stroke="#fff" stroke-width="1.8"/><path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="#fff"/>',
  STALLED: '<rect x="4" y="3" width="3" height="10" fill="#fff"/><rect x="9" y="3" width="3" height="10" fill="#fff"/>',
  PARTIALLY_IMPLEMENTED:
    '<circle cx="8" cy="8" r="5.5" fill="none" stroke="#fff" stroke-width="1.8"/><path d="M8 8V2.5a5.5 5.5 0 1 1-5.5 5.5z" fill="#fff"/>',
  IMPLEMENTED:
    '<path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>',
  REVERSED:
    '<path d="M6 3L2.5 6.5 6 10M3 6.5h6.5a4 4 0 0 1 0 8H7" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>',
};

/**
 * Escapes text for SVG/XML content and attribute values; characters XML cannot carry at all (a
 * control character in a title stored before input refused them) become U+FFFD, so the badge
 * always parses.
 */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(
    /[<>&"']/g,
    (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[char] ?? char,
  );
}

/** At most `max` characters (by code point), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max
    ? chars.join("")
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

export type BadgeInput = {
  siteName: string;
  title: string;
  assessment: AssessmentKey;
  assessmentLabel: string;
  evidenceHeading: string;
  claim: OfficialClaimKey;
  claimLine: string;
  url: string;
  lang: string;
};

export const BADGE_WIDTH = 440;
export const BADGE_HEIGHT = 112;

/** The strict policy the badge is served with: it draws, it never loads or runs anything. */
export const BADGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/** The badge as SVG text. */
export function renderBadgeSvg(input: BadgeInput): string {
  const pillWidth = Math.min(BADGE_WIDTH - 24, 40 + [...input.assessmentLabel].length * 9);
  // About 7.5 px a character at 13 px (Cyrillic is wider than Latin): 48 fit the 440 px badge.
  const title = escapeXml(truncate(input.title, 48));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" viewBox="0 0 ${BADGE_WIDTH} ${BADGE_HEIGHT}" role="img" aria-label="${escapeXml(`${input.title}: ${input.evidenceHeading}: ${input.assessmentLabel}`)}" lang="${escapeXml(input.lang)}">
<title>${escapeXml(`${input.title}: ${input.evidenceHeading}: ${input.assessmentLabel}. ${input.claimLine}`)}</title>
<a href="${escapeXml(input.url)}" target="_blank">
<rect x="0.5" y="0.5" width="${BADGE_WIDTH - 1}" height="${BADGE_HEIGHT - 1}" rx="6" fill="#ffffff" stroke="#64748b"/>
<g font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif">
<text x="12" y="22" font-size="13" font-weight="700" fill="#0b4f6c">${escapeXml(input.siteName)}</text>
<text x="12" y="44" font-size="13" fill="#0f172a">${title}</text>
<text x="12" y="64" font-size="11" fill="#334155">${escapeXml(input.evidenceHeading)}</text>
<rect x="12" y="70" width="${pillWidth}" height="26" rx="4" fill="${TONE_FILL[ASSESSMENT_TONES[input.assessment]]}"/>
<g transform="translate(20 75)">${ICONS[input.assessment]}</g>
<text x="42" y="88" font-size="14" font-weight="700" fill="#ffffff">${escapeXml(input.assessmentLabel)}</text>
<text x="${Math.min(BADGE_WIDTH - 12, 24 + pillWidth)}" y="88" font-size="11" fill="#334155">${escapeXml(truncate(input.claimLine, Math.max(8, Math.floor((BADGE_WIDTH - 36 - pillWidth) / 6.5))))}</text>
</g>
</a>
</svg>`;
}
