// GET /embed/commitments/:slug.svg — a published commitment's status as an embeddable SVG badge,
// in ?lang= or the reader's Accept-Language (Kazakh, Russian or English), linking back.
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, negotiateLocale } from "@/i18n/locales";
import { getPublishedCommitment } from "@/lib/commitments/data";
import { localizeCommitment } from "@/lib/commitments/localize";
import { BADGE_CONTENT_SECURITY_POLICY, renderBadgeSvg } from "@/lib/embed/badge";
import { getSiteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const match = /^([a-z0-9-]{1,80})\.svg$/.exec((await params).file);
  if (!match?.[1]) return notFound();
  const commitment = await getPublishedCommitment(match[1]);
  if (!commitment) return notFound();
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(lang) ? lang : (negotiateLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE);
  const t = await getTranslations({ locale });
  const text = localizeCommitment(commitment, locale);
  const svg = renderBadgeSvg({
    siteName: t("site.name"),
    title: text.title,
    assessment: commitment.assessment,
    assessmentLabel: t(`assessment.${commitment.assessment}`),
    evidenceHeading: t("commitment.assessmentHeading"),
    claim: commitment.officialClaim,
    claimLine: `${t("commitment.claimHeading")}: ${t(`officialClaim.${commitment.officialClaim}`)}`,
    url: `${getSiteUrl()}/${locale}/commitments/${commitment.slug}`,
    lang: locale,
  });
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // Partners' pages may cache it for a few minutes; the language may come from Accept-Language.
      "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
      Vary: "Accept-Language",
      // Its own policy: next.config.js leaves /embed/ out of the site's (which would replace this one).
      "Content-Security-Policy": BADGE_CONTENT_SECURITY_POLICY,
      "Cross-Origin-Resource-Policy": "cross-origin",
    },
  });
}
