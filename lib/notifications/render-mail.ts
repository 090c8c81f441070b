import "server-only";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import { getSiteUrl } from "@/lib/site-url";
import { describeChange, describeFollowed, describeProposal, mailTranslator } from "./compose";
import type { EditorNoticePayload } from "./outbox/mutations";
import { localizeCommitment } from "@/lib/commitments/localize";
import { isolateText } from "@/lib/text/unsafe-characters";
import {
  getChangeFacts as changeFacts,
  getCommitmentText,
  getChangeProposalFacts,
  getCorrectionFacts,
  getEditorAddress,
  getProposalFacts,
  getSubscription,
} from "./outbox/data";
import type { OutgoingMail } from "./mailer";
import { tokenFor } from "./tokens";

type DeliveryForMail = { kind: string; subscriptionId: string | null; userId: string | null; payload: string };

/**
 * The mail a delivery stands for, written now in the recipient's language, or null when its
 * recipient is gone (unsubscribed, deactivated): then nothing is sent. Every mail to a follower
 * carries the one-click unsubscribe link.
 */
export async function renderMail(delivery: DeliveryForMail): Promise<OutgoingMail | null> {
  const siteUrl = getSiteUrl();
  if (delivery.kind === "editor") {
    const user = delivery.userId ? await getEditorAddress(delivery.userId) : null;
    if (!user?.isActive) return null;
    // The language the editor chose on their account page.
    const locale: Locale = isLocale(user.mailLocale) ? user.mailLocale : DEFAULT_LOCALE;
    const words = await mailTranslator(locale);
    const payload = JSON.parse(delivery.payload) as { statusChangeId?: string } & Partial<EditorNoticePayload>;
    if (payload.notice) {
      const notice = await renderEditorNotice(payload as EditorNoticePayload, locale, words, siteUrl);
      return notice ? { to: user.email, locale, ...notice } : null;
    }
    const [change] = await changeFacts([payload.statusChangeId ?? ""]);
    if (!change) return null;
    const described = await describeChange(locale, words, change, siteUrl);
    return {
      to: user.email,
      locale,
      subject: words("editorSubject", { title: described.title }),
      text: [words("editorIntro"), "", described.lines, "", words("editorFooter")].join("\n"),
    };
  }
  const subscription = delivery.subscriptionId ? await getSubscription(delivery.subscriptionId) : null;
  if (!subscription) return null;
  const locale: Locale = isLocale(subscription.locale) ? subscription.locale : DEFAULT_LOCALE;
  const words = await mailTranslator(locale);
  const commitment = subscription.scope === "COMMITMENT" ? await getCommitmentText(subscription.target) : null;
  const followed = await describeFollowed(locale, words, {
    scope: subscription.scope,
    commitment,
    theme: subscription.target,
  });
  const unsubscribeUrl = `${siteUrl}/api/notifications/unsubscribe?token=${tokenFor("unsubscribe", subscription.tokenSalt)}`;
  const footer = words("footer", {
    what: followed,
    link: `${siteUrl}/${locale}/unsubscribe?token=${tokenFor("unsubscribe", subscription.tokenSalt)}`,
  });
  if (delivery.kind === "confirm") {
    if (subscription.confirmedAt) return null;
    const link = `${siteUrl}/${locale}/follow/confirm?token=${tokenFor("confirm", subscription.tokenSalt)}`;
    const frequency = words(subscription.frequency === "DAILY" ? "frequencyDaily" : "frequencyImmediate");
    return {
      to: subscription.email,
      locale,
      unsubscribeUrl,
      subject: words("confirmSubject"),
      text: [words("confirmBody", { what: followed, frequency }), "", link, "", words("confirmIgnore")].join("\n"),
    };
  }
  if (!subscription.confirmedAt) return null;
  const payload = JSON.parse(delivery.payload) as { statusChangeId?: string; statusChangeIds?: string[] };
  const changes = await changeFacts(
    payload.statusChangeIds ?? (payload.statusChangeId ? [payload.statusChangeId] : []),
  );
  if (changes.length === 0) return null;
  const described = await Promise.all(changes.map((change) => describeChange(locale, words, change, siteUrl)));
  const subject =
    delivery.kind === "digest" ? words("digestSubject", { count: changes.length }) : (described[0]?.headline ?? "");
  const intro = words(delivery.kind === "digest" ? "digestIntro" : "changeIntro");
  return {
    to: subscription.email,
    locale,
    unsubscribeUrl,
    subject,
    text: [intro, "", described.map((item) => item.lines).join("\n\n"), "", "--", footer].join("\n"),
  };
}

type Words = Awaited<ReturnType<typeof mailTranslator>>;

/**
 * An editor's mail about a workspace event, or null when it no longer applies (the proposal was
 * decided meanwhile, the report already dealt with). A reader's report is named, never quoted:
 * what a stranger wrote (and their address) stays in the workspace.
 */
async function renderEditorNotice(
  payload: EditorNoticePayload,
  locale: Locale,
  words: Words,
  siteUrl: string,
): Promise<{ subject: string; text: string } | null> {
  const footer = words("editorNoticeFooter");
  if (payload.notice === "correction") {
    const correction = payload.correctionId ? await getCorrectionFacts(payload.correctionId) : null;
    if (!correction || correction.state !== "NEW") return null;
    const title = isolateText(localizeCommitment(correction.commitment, locale).title);
    return {
      subject: words("correctionSubject", { title }),
      text: [
        words("correctionIntro"),
        "",
        title,
        words("correctionLink", { link: `${siteUrl}/${locale}/manage/inbox` }),
        "",
        footer,
      ].join("\n"),
    };
  }
  if (payload.notice === "change-proposal" || payload.notice === "change-returned")
    return renderChangeNotice(payload, locale, words, siteUrl);
  const proposal = payload.proposalId ? await getProposalFacts(payload.proposalId) : null;
  if (!proposal) return null;
  const title = isolateText(localizeCommitment(proposal.commitment, locale).title);
  const line = await describeProposal(locale, words, proposal);
  if (payload.notice === "proposal") {
    if (proposal.state !== "PENDING") return null;
    const intro = words("proposalIntro", { name: isolateText(proposal.proposedBy.name) });
    return {
      subject: words("proposalSubject", { title }),
      text: [
        intro,
        "",
        title,
        line,
        words("proposalLink", { link: `${siteUrl}/${locale}/manage/review` }),
        "",
        footer,
      ].join("\n"),
    };
  }
  if (proposal.state !== "RETURNED") return null;
  const comment = isolateText(proposal.reviewComment ?? "");
  const link = words("returnedLink", { link: `${siteUrl}/${locale}/manage/commitments/${proposal.commitmentId}` });
  return {
    subject: words("returnedSubject", { title }),
    text: [
      words("returnedIntro"),
      "",
      title,
      line,
      "",
      words("returnedComment", { comment }),
      "",
      link,
      "",
      footer,
    ].join("\n"),
  };
}

const CHANGE_WORDS = {
  "evidence.edit": "changeEvidenceEdit",
  "evidence.remove": "changeEvidenceRemove",
  "quote.add": "changeQuoteAdd",
  "quote.remove": "changeQuoteRemove",
} as const;

/** The words a change proposal's mail quotes: the link's title, or the quote's text (shortened). */
function changeText(kind: string, payload: string, replaces: string): string {
  const read = (json: string) => JSON.parse(json) as Record<string, unknown> | null;
  const value =
    kind === "evidence.edit"
      ? read(payload)?.title
      : kind === "quote.add"
        ? read(payload)?.quoteText
        : kind === "quote.remove"
          ? read(replaces)?.text
          : read(replaces)?.title;
  const text = typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
  return isolateText(text.length > 200 ? `${text.slice(0, 199)}…` : text);
}

/** A change proposal (evidence or quotes) to review, or one returned to its proposer. */
async function renderChangeNotice(
  payload: EditorNoticePayload,
  locale: Locale,
  words: Words,
  siteUrl: string,
): Promise<{ subject: string; text: string } | null> {
  const proposal = payload.proposalId ? await getChangeProposalFacts(payload.proposalId) : null;
  if (!proposal || !(proposal.kind in CHANGE_WORDS)) return null;
  const title = isolateText(localizeCommitment(proposal.commitment, locale).title);
  const line = words(CHANGE_WORDS[proposal.kind as keyof typeof CHANGE_WORDS], {
    text: changeText(proposal.kind, proposal.payload, proposal.replaces),
  });
  const footer = words("editorNoticeFooter");
  if (payload.notice === "change-proposal") {
    if (proposal.state !== "PENDING") return null;
    return {
      subject: words("proposalSubject", { title }),
      text: [
        words("changeProposalIntro", { name: isolateText(proposal.proposedBy.name) }),
        "",
        title,
        line,
        words("proposalLink", { link: `${siteUrl}/${locale}/manage/review` }),
        "",
        footer,
      ].join("\n"),
    };
  }
  if (proposal.state !== "RETURNED") return null;
  const link = `${siteUrl}/${locale}/manage/commitments/${proposal.commitmentId}`;
  return {
    subject: words("returnedSubject", { title }),
    text: [
      words("changeReturnedIntro"),
      "",
      title,
      line,
      "",
      words("returnedComment", { comment: isolateText(proposal.reviewComment ?? "") }),
      "",
      words("returnedLink", { link }),
      "",
      footer,
    ].join("\n"),
  };
}
