import { englishLabels, type StatusFieldKey } from "@/lib/vocabulary";
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
  commitment: { slug: string; title: string };
  evidence: { evidence: { url: string; title: string } }[];
};

/** An Atom 1.0 feed of status changes. */
export function buildAtomFeed({ title, subtitle, selfUrl, pageUrl, siteUrl, changes }: {
  title: string;
  subtitle: string;
  selfUrl: string;
  pageUrl: string;
  siteUrl: string;
  changes: FeedChange[];
}): string {
  const updated = changes.reduce((latest, change) => (change.recordedAt > latest ? change.recordedAt : latest), new Date(0));
  const entries = changes.map((change) => {
    const url = `${siteUrl}/commitments/${change.commitment.slug}`;
    const line = `${englishLabels.statusField(change.field)}: ${statusLabel(change.field, change.fromValue)} → ${statusLabel(change.field, change.toValue)}`;
    const evidence = change.evidence.map((e) => `<li><a href="${text(e.evidence.url)}">${text(e.evidence.title)}</a></li>`).join("");
    const html = `<p>${text(line)} (effective ${change.effectiveOn.toISOString().slice(0, 10)})</p><p>${text(change.justification)}</p>${evidence ? `<ul>${evidence}</ul>` : ""}`;
    return [
      "<entry>",
      `<id>${text(`${siteUrl}/status-changes/${change.id}`)}</id>`,
      `<title>${text(`${isolateText(change.commitment.title)}: ${line}`)}</title>`,
      `<link rel="alternate" type="text/html" href="${text(url)}"/>`,
      `<updated>${change.recordedAt.toISOString()}</updated>`,
      `<published>${change.recordedAt.toISOString()}</published>`,
      `<content type="html">${text(html)}</content>`,
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${text(selfUrl)}</id>`,
    `<title>${text(title)}</title>`,
    `<subtitle>${text(subtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${text(selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${text(pageUrl)}"/>`,
    `<updated>${updated.toISOString()}</updated>`,
    "<author><name>Uade editors</name></author>",
    ...entries,
    "</feed>",
  ].join("\n");
}

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" } });
}
