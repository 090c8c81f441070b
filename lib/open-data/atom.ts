import type { Locale } from "@/i18n/locales";
import { localizeCommitment, type TranslatableText } from "@/lib/commitments/localize";
import type { StatusFieldKey } from "@/lib/vocabulary";
import { vocabularyLabels } from "@/lib/vocabulary-labels";
import { statusLabel } from "./columns";

/** Escapes text for XML content and attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Characters XML 1.0 forbids even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}

export type FeedChange = {
  id: string;
  field: StatusFieldKey;
  fromValue: string;
  toValue: string;
  effectiveOn: Date;
  justification: string;
  recordedAt: Date;
  commitment: TranslatableText & { slug: string };
  evidence: { evidence: { url: string; title: string } }[];
};

/** The words of a feed in its one language: the catalogue's sentences, put together by the route. */
export type FeedWords = {
  title: string;
  subtitle: string;
  author: string;
  /** "With effect from 1 December 2026" for a change's effective date. */
  effective: (date: string) => string;
};

/**
 * An Atom 1.0 feed of status changes in one language (`xml:lang`): its title, subtitle, the status
 * labels and each commitment's title (falling back as the pages do) and links to that language's pages.
 * `updated` is the newest change's time, or `emptyUpdated` for a feed with no entries yet.
 */
export function buildAtomFeed({ locale, words, selfUrl, pageUrl, siteUrl, changes, emptyUpdated }: {
  locale: Locale;
  words: FeedWords;
  selfUrl: string;
  pageUrl: string;
  siteUrl: string;
  changes: FeedChange[];
  emptyUpdated: Date;
}): string {
  const labels = vocabularyLabels(locale);
  const effectiveDay = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const updated = changes.reduce<Date | null>((latest, change) => (!latest || change.recordedAt > latest ? change.recordedAt : latest), null) ?? emptyUpdated;
  const entries = changes.map((change) => {
    const url = `${siteUrl}/${locale}/commitments/${change.commitment.slug}`;
    const line = `${labels.statusField(change.field)}: ${statusLabel(change.field, change.fromValue, labels)} → ${statusLabel(change.field, change.toValue, labels)}`;
    const evidence = change.evidence.map((e) => `<li><a href="${escapeXml(e.evidence.url)}">${escapeXml(e.evidence.title)}</a></li>`).join("");
    const html = `<p>${escapeXml(`${line}. ${words.effective(effectiveDay.format(change.effectiveOn))}.`)}</p><p>${escapeXml(change.justification)}</p>${evidence ? `<ul>${evidence}</ul>` : ""}`;
    return [
      "<entry>",
      `<id>${escapeXml(`${siteUrl}/status-changes/${change.id}`)}</id>`,
      `<title>${escapeXml(`${localizeCommitment(change.commitment, locale).title}: ${line}`)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `<updated>${change.recordedAt.toISOString()}</updated>`,
      `<published>${change.recordedAt.toISOString()}</published>`,
      `<content type="html">${escapeXml(html)}</content>`,
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>${escapeXml(selfUrl)}</id>`,
    `<title>${escapeXml(words.title)}</title>`,
    `<subtitle>${escapeXml(words.subtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
    `<updated>${updated.toISOString()}</updated>`,
    `<author><name>${escapeXml(words.author)}</name></author>`,
    ...entries,
    "</feed>",
  ].join("\n");
}

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" } });
}
