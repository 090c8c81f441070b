import type { Locale } from "@/i18n/locales";
import { localizeCommitment, type TranslatableText } from "@/lib/commitments/localize";
import type { StatusFieldKey } from "@/lib/vocabulary";
import { vocabularyLabels } from "@/lib/vocabulary-labels";
import { isolateText, xmlSafeText } from "@/lib/text/unsafe-characters";
import { statusLabel } from "./columns";

/** Escapes text for XML content and attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * escapeXml for text from the database: characters XML 1.0 forbids even when escaped (controls,
 * U+FFFE, U+FFFF, lone surrogates) become U+FFFD, so a row stored before input was checked can
 * never make a feed invalid.
 */
function text(value: string): string {
  return escapeXml(xmlSafeText(value));
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
export function buildAtomFeed({
  locale,
  words,
  selfUrl,
  pageUrl,
  siteUrl,
  changes,
  emptyUpdated,
}: {
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
  const updated =
    changes.reduce<Date | null>(
      (latest, change) => (!latest || change.recordedAt > latest ? change.recordedAt : latest),
      null,
    ) ?? emptyUpdated;
  const entries = changes.map((change) => {
    const url = `${siteUrl}/${locale}/commitments/${change.commitment.slug}`;
    const line = `${labels.statusField(change.field)}: ${statusLabel(change.field, change.fromValue, labels)} → ${statusLabel(change.field, change.toValue, labels)}`;
    const evidence = change.evidence
      .map((e) => `<li><a href="${text(e.evidence.url)}">${text(e.evidence.title)}</a></li>`)
      .join("");
    const html = `<p>${text(`${line}. ${words.effective(effectiveDay.format(change.effectiveOn))}.`)}</p><p>${text(change.justification)}</p>${evidence ? `<ul>${evidence}</ul>` : ""}`;
    return [
      "<entry>",
      `<id>${text(`${siteUrl}/status-changes/${change.id}`)}</id>`,
      `<title>${text(`${isolateText(localizeCommitment(change.commitment, locale).title)}: ${line}`)}</title>`,
      `<link rel="alternate" type="text/html" href="${text(url)}"/>`,
      `<updated>${change.recordedAt.toISOString()}</updated>`,
      `<published>${change.recordedAt.toISOString()}</published>`,
      `<content type="html">${text(html)}</content>`,
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>${text(selfUrl)}</id>`,
    `<title>${text(words.title)}</title>`,
    `<subtitle>${text(words.subtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${text(selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${text(pageUrl)}"/>`,
    `<updated>${updated.toISOString()}</updated>`,
    `<author><name>${text(words.author)}</name></author>`,
    ...entries,
    "</feed>",
  ].join("\n");
}

export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" },
  });
}
