import { LOCALES } from "@/i18n/locales";
import { SLUG_PATTERN } from "@/lib/commitments/schema";

// Which addresses the response cache may answer, and which query parameters each one reads.
// Only these parameters form the key (in a fixed order), and the request Next renders is rebuilt
// from the key, so an entry always holds exactly what its key describes: junk parameters can
// neither split one page into many entries nor reach the renderer.

const FILTERS = [
  "assessment",
  "claim",
  "category",
  "instrument",
  "body",
  "overdue",
  "q",
  "sort",
  "page",
  "per_page",
] as const;
const LANG = ["lang"] as const;
const RECOMMENDATION_FILTERS = ["mechanism", "cycle", "response", "theme", "sdg", "assessment", "q", "page"] as const;
const SHADOW = ["mechanism", "cycle"] as const;

type Route = { pattern: RegExp; params: readonly string[] };

const slug = `(?:${SLUG_PATTERN.source.replace(/^\^|\$$/g, "")})`;
const locale = `(?:${LOCALES.join("|")})`;

/** Public pages: always under a language prefix (unprefixed addresses redirect by cookie or browser language). */
const PAGE_ROUTES: readonly Route[] = [
  { pattern: new RegExp(`^/${locale}$`), params: [] },
  { pattern: new RegExp(`^/${locale}/commitments$`), params: FILTERS },
  { pattern: new RegExp(`^/${locale}/commitments/${slug}$`), params: [] },
  { pattern: new RegExp(`^/${locale}/reports$`), params: [] },
  { pattern: new RegExp(`^/${locale}/reports/(?:snapshot|summary)$`), params: ["date"] },
  { pattern: new RegExp(`^/${locale}/reports/changes$`), params: ["from", "to", "reason"] },
  { pattern: new RegExp(`^/${locale}/reports/evidence$`), params: [] },
  { pattern: new RegExp(`^/${locale}/method$`), params: [] },
  { pattern: new RegExp(`^/${locale}/changes$`), params: ["category", "body", "reason", "from", "to", "page"] },
  { pattern: new RegExp(`^/${locale}/bodies$`), params: [] },
  { pattern: new RegExp(`^/${locale}/bodies/${slug}$`), params: [] },
  { pattern: new RegExp(`^/${locale}/instruments/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`), params: [] },
  { pattern: new RegExp(`^/${locale}/recommendations$`), params: RECOMMENDATION_FILTERS },
  { pattern: new RegExp(`^/${locale}/recommendations/[a-z0-9]{1,40}$`), params: [] },
  { pattern: new RegExp(`^/${locale}/recommendations/mechanisms/[A-Z][A-Z-]{1,20}$`), params: ["cycle", "page"] },
  { pattern: new RegExp(`^/${locale}/reports/shadow$`), params: SHADOW },
];

/** Public data addresses: no language prefix; `?lang=` picks the labels' language. */
const DATA_ROUTES: readonly Route[] = [
  { pattern: /^\/api\/v1\/commitments$/, params: [...FILTERS, ...LANG] },
  { pattern: new RegExp(`^/api/v1/commitments/${slug}$`), params: LANG },
  { pattern: /^\/export\/commitments\.csv$/, params: [...FILTERS, ...LANG] },
  { pattern: /^\/export\/history\.csv$/, params: LANG },
  { pattern: /^\/feed\.xml$/, params: LANG },
  { pattern: new RegExp(`^/commitments/${slug}/feed\\.xml$`), params: LANG },
  { pattern: /^\/reports\/(?:snapshot|summary)\.csv$/, params: ["date", ...LANG] },
  { pattern: /^\/reports\/changes\.csv$/, params: ["from", "to", "reason", ...LANG] },
  { pattern: /^\/reports\/evidence\.csv$/, params: LANG },
  { pattern: /^\/api\/v1\/recommendations$/, params: [...RECOMMENDATION_FILTERS, ...LANG] },
  { pattern: /^\/api\/v1\/recommendations\/[a-z0-9]{1,40}$/, params: LANG },
  { pattern: /^\/reports\/shadow\.(?:xlsx|docx|csv)$/, params: [...SHADOW, ...LANG] },
  { pattern: /^\/sitemap\.xml$/, params: [] },
  { pattern: /^\/robots\.txt$/, params: [] },
];

const ROUTES = [...PAGE_ROUTES, ...DATA_ROUTES];

/** Longer addresses are never cached (a link people share is far shorter); they go to Next as sent. */
export const MAX_CACHEABLE_URL_LENGTH = 2_048;
/** More values than any form sends: such a request is served, just not cached. */
const MAX_PARAMETER_VALUES = 50;

/**
 * The normalised address of a cacheable request: its path plus only the parameters its route reads,
 * sorted by name (values of a repeated name keep their order, which the renderer may rely on).
 * `null` when the address is not a public one the cache answers.
 */
export function normaliseCacheableUrl(rawUrl: string): string | null {
  if (rawUrl.length > MAX_CACHEABLE_URL_LENGTH || !rawUrl.startsWith("/")) return null;
  const queryStart = rawUrl.indexOf("?");
  const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  // Paths are matched as sent: every public path is plain ASCII, so anything percent-encoded,
  // doubled slashes or dot segments simply fall through to Next uncached.
  const route = ROUTES.find((candidate) => candidate.pattern.test(path));
  if (!route) return null;
  if (queryStart === -1 || route.params.length === 0) return path;
  // URLSearchParams never throws on bad percent-encoding (it decodes to U+FFFD), and its output
  // is always well-formed, so the renderer only ever sees a clean query.
  const query = new URLSearchParams(rawUrl.slice(queryStart + 1));
  const kept: [string, string][] = [];
  for (const [name, value] of query) {
    if (route.params.includes(name)) kept.push([name, value]);
  }
  if (kept.length > MAX_PARAMETER_VALUES) return null;
  if (kept.length === 0) return path;
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${path}?${new URLSearchParams(kept).toString()}`;
}
