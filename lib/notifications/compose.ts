import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { localizeCommitment, type TranslatableText } from "@/lib/commitments/localize";
import { isolateText } from "@/lib/text/unsafe-characters";

/** What one status change says, as every mail about it tells it. */
export type ChangeFacts = {
  slug: string;
  commitment: TranslatableText;
  field: "ASSESSMENT" | "OFFICIAL_CLAIM";
  from: string;
  to: string;
  effectiveOn: Date;
};

export type FollowedThing = { scope: string; commitment?: TranslatableText | null; theme?: string | null };

/** A translator for mail in one language (mail is written outside any request: no next-intl context). */
export async function mailTranslator(locale: Locale) {
  const messages = await loadMessages(locale);
  return createTranslator({
    locale,
    messages: messages as Record<string, never>,
    namespace: "notifyMail" as never,
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
}

type Words = Awaited<ReturnType<typeof mailTranslator>>;

const valueKey = (field: ChangeFacts["field"]) => (field === "ASSESSMENT" ? "assessment" : "officialClaim");

async function labels(locale: Locale) {
  const messages = (await loadMessages(locale)) as Record<string, Record<string, string>>;
  return {
    field: (field: ChangeFacts["field"]) => messages.statusField?.[field] ?? field,
    value: (field: ChangeFacts["field"], value: string) => messages[valueKey(field)]?.[value] ?? value,
    theme: (key: string) => messages.category?.[key] ?? key,
  };
}

/** One change in a few lines: the commitment, what changed, from what to what, since when, a link. */
export async function describeChange(
  locale: Locale,
  words: Words,
  change: ChangeFacts,
  siteUrl: string,
): Promise<{ title: string; headline: string; lines: string }> {
  const label = await labels(locale);
  const title = isolateText(localizeCommitment(change.commitment, locale).title);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(change.effectiveOn);
  const field = label.field(change.field);
  const from = label.value(change.field, change.from);
  const to = label.value(change.field, change.to);
  const lines = [
    title,
    words("changeLine", { field, from, to, date }),
    words("readMore", { link: `${siteUrl}/${locale}/commitments/${change.slug}` }),
  ].join("\n");
  return { title, headline: words("changeHeadline", { title, field, to }), lines };
}

/** "the commitment …", "commitments on the theme …", "every commitment", in the mail's language. */
export async function describeFollowed(locale: Locale, words: Words, followed: FollowedThing): Promise<string> {
  if (followed.scope === "COMMITMENT" && followed.commitment)
    return words("whatCommitment", { title: isolateText(localizeCommitment(followed.commitment, locale).title) });
  if (followed.scope === "THEME" && followed.theme)
    return words("whatTheme", { theme: (await labels(locale)).theme(followed.theme) });
  return words("whatAll");
}

/** A proposed change in one line: "Assessment: “Implemented”, from 1 March 2025." */
export async function describeProposal(
  locale: Locale,
  words: Words,
  proposal: { field: ChangeFacts["field"]; toValue: string; effectiveOn: Date },
): Promise<string> {
  const label = await labels(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(proposal.effectiveOn);
  return words("proposalLine", {
    field: label.field(proposal.field),
    to: label.value(proposal.field, proposal.toValue),
    date,
  });
}
