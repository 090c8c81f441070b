import "server-only";
import { db } from "@/lib/db/client";
import { WRITE_TRANSACTION } from "@/lib/operations/result";
import { getSiteUrl } from "@/lib/site-url";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_WHERE } from "@/lib/commitments/data";
import { todayIso } from "@/lib/calendar";
import { findEditorRecipients } from "../editor-mail";
import type { EditorNoticeType } from "../enqueue";
import { isMailConfigured } from "../mailer";
import { webhookBody } from "../webhook-body";
import { CONFIRM_VALID_MS } from "../follow/mutations";

type DeliveryRow = Prisma.DeliveryCreateManyInput;

/**
 * Turns outbox events into deliveries, each event exactly once: the claim of the event (setting
 * fannedOutAt) is the first statement of the transaction that writes its deliveries, so two
 * workers racing on it write one set, and every delivery's key is unique besides.
 */
export async function fanOutEvents(now: Date, limit = 50): Promise<number> {
  const events = await db.notificationEvent.findMany({
    where: { fannedOutAt: null },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let count = 0;
  for (const event of events) {
    await db.$transaction(async (tx) => {
      const claimed = await tx.notificationEvent.updateMany({
        where: { id: event.id, fannedOutAt: null },
        data: { fannedOutAt: now },
      });
      if (claimed.count !== 1) return;
      const rows =
        event.type === "status-change"
          ? await statusChangeDeliveries(tx, event, now)
          : await editorNoticeDeliveries(tx, event, now);
      if (rows.length > 0) await tx.delivery.createMany({ data: rows });
      count += rows.length;
    }, WRITE_TRANSACTION);
  }
  return count;
}

async function statusChangeDeliveries(
  tx: Prisma.TransactionClient,
  event: { id: string; subjectId: string; actorId: string | null },
  now: Date,
): Promise<DeliveryRow[]> {
  const change = await tx.statusChange.findUnique({
    where: { id: event.subjectId },
    include: { commitment: { select: { id: true, slug: true, category: true, isPublished: true, isArchived: true } } },
  });
  if (!change) return [];
  const rows: DeliveryRow[] = [];
  const payload = JSON.stringify({ statusChangeId: change.id });
  const isPublic = change.commitment.isPublished && !change.commitment.isArchived;
  if (isPublic) {
    const body = webhookBody({
      eventId: event.id,
      slug: change.commitment.slug,
      siteUrl: getSiteUrl(),
      field: change.field,
      from: change.fromValue,
      to: change.toValue,
      effectiveOn: change.effectiveOn,
      recordedAt: change.recordedAt,
    });
    for (const webhook of await tx.webhook.findMany({ where: { isActive: true }, select: { id: true } })) {
      rows.push({
        channel: "WEBHOOK",
        kind: "webhook",
        dedupeKey: `webhook:${event.id}:${webhook.id}`,
        eventId: event.id,
        webhookId: webhook.id,
        payload: body,
        nextAttemptAt: now,
      });
    }
  }
  if (!isMailConfigured()) return rows;
  if (isPublic) {
    const followers = await tx.subscription.findMany({
      where: {
        confirmedAt: { not: null },
        frequency: "IMMEDIATE",
        OR: [
          { scope: "ALL" },
          { scope: "COMMITMENT", target: change.commitment.id },
          { scope: "THEME", target: change.commitment.category },
        ],
      },
      select: { id: true, email: true, scope: true },
    });
    // One mail per address, however many of its subscriptions match (the closest one names it).
    const rank = { COMMITMENT: 0, THEME: 1, ALL: 2 } as Record<string, number>;
    const byEmail = new Map<string, { id: string; scope: string }>();
    for (const follower of followers) {
      const kept = byEmail.get(follower.email);
      if (!kept || (rank[follower.scope] ?? 3) < (rank[kept.scope] ?? 3)) byEmail.set(follower.email, follower);
    }
    for (const follower of byEmail.values()) {
      rows.push({
        channel: "EMAIL",
        kind: "change",
        dedupeKey: `change:${event.id}:${follower.id}`,
        eventId: event.id,
        subscriptionId: follower.id,
        payload,
        nextAttemptAt: now,
      });
    }
  }
  for (const userId of await findEditorRecipients("status-change", tx, {
    commitmentId: change.commitment.id,
    actorId: event.actorId,
  })) {
    rows.push({
      channel: "EMAIL",
      kind: "editor",
      dedupeKey: `editor:${event.id}:${userId}`,
      eventId: event.id,
      userId,
      payload,
      nextAttemptAt: now,
    });
  }
  return rows;
}

/** The payload of an editor's mail about a workspace event (rendered by lib/notifications/render-mail.ts). */
export type EditorNoticePayload = { notice: EditorNoticeType; proposalId?: string; correctionId?: string };

const EDITOR_NOTICES: readonly string[] = [
  "proposal",
  "proposal-returned",
  "correction",
  "change-proposal",
  "change-returned",
] satisfies EditorNoticeType[];
const isEditorNotice = (type: string): type is EditorNoticeType => EDITOR_NOTICES.includes(type);

/** Mail to editors about a proposal to review, a returned proposal or a reader's report (nothing without SMTP). */
async function editorNoticeDeliveries(
  tx: Prisma.TransactionClient,
  event: { id: string; type: string; subjectId: string; actorId: string | null },
  now: Date,
): Promise<DeliveryRow[]> {
  if (!isEditorNotice(event.type) || !isMailConfigured()) return [];
  const subjectId = event.subjectId.slice(0, event.subjectId.lastIndexOf(":"));
  let subject: { commitmentId: string; proposerId?: string } | null = null;
  let payload: EditorNoticePayload;
  if (event.type === "correction") {
    subject = await tx.readerCorrection.findUnique({ where: { id: subjectId }, select: { commitmentId: true } });
    payload = { notice: event.type, correctionId: subjectId };
  } else if (event.type === "change-proposal" || event.type === "change-returned") {
    const proposal = await tx.changeProposal.findUnique({
      where: { id: subjectId },
      select: { commitmentId: true, proposedById: true },
    });
    subject = proposal ? { commitmentId: proposal.commitmentId, proposerId: proposal.proposedById } : null;
    payload = { notice: event.type, proposalId: subjectId };
  } else {
    const proposal = await tx.statusProposal.findUnique({
      where: { id: subjectId },
      select: { commitmentId: true, proposedById: true },
    });
    subject = proposal ? { commitmentId: proposal.commitmentId, proposerId: proposal.proposedById } : null;
    payload = { notice: event.type, proposalId: subjectId };
  }
  if (!subject) return [];
  const recipients = await findEditorRecipients(event.type, tx, { ...subject, actorId: event.actorId });
  return recipients.map((userId) => ({
    channel: "EMAIL",
    kind: "editor",
    dedupeKey: `editor:${event.id}:${userId}`,
    eventId: event.id,
    userId,
    payload: JSON.stringify(payload),
    nextAttemptAt: now,
  }));
}

const MAX_CHANGES_PER_DIGEST = 50;

/**
 * Daily followers get one mail per calendar day (TIME_ZONE) listing the public changes recorded
 * since their last digest; a day without changes sends nothing. Each subscription's day is
 * claimed in the transaction that queues its digest, so a digest is queued once per day.
 */
export async function queueDailyDigests(now: Date, limit = 200): Promise<number> {
  if (!isMailConfigured()) return 0;
  const day = todayIso(now);
  const due = await db.subscription.findMany({
    where: {
      frequency: "DAILY",
      confirmedAt: { not: null },
      OR: [{ lastDigestOn: null }, { lastDigestOn: { not: day } }],
    },
    select: { id: true, scope: true, target: true, digestCursor: true, lastDigestOn: true, createdAt: true },
    take: limit,
  });
  let queued = 0;
  for (const subscription of due) {
    await db.$transaction(async (tx) => {
      const claimed = await tx.subscription.updateMany({
        where: { id: subscription.id, lastDigestOn: subscription.lastDigestOn },
        data: { lastDigestOn: day, digestCursor: now },
      });
      if (claimed.count !== 1) return;
      const scope =
        subscription.scope === "COMMITMENT"
          ? { id: subscription.target }
          : subscription.scope === "THEME"
            ? { category: subscription.target }
            : {};
      const changes = await tx.statusChange.findMany({
        where: {
          recordedAt: { gt: subscription.digestCursor ?? subscription.createdAt, lte: now },
          commitment: { ...PUBLIC_WHERE, ...scope },
        },
        orderBy: { recordedAt: "asc" },
        take: MAX_CHANGES_PER_DIGEST,
        select: { id: true },
      });
      if (changes.length === 0) return;
      await tx.delivery.create({
        data: {
          channel: "EMAIL",
          kind: "digest",
          dedupeKey: `digest:${subscription.id}:${day}`,
          subscriptionId: subscription.id,
          payload: JSON.stringify({ statusChangeIds: changes.map((change) => change.id) }),
          nextAttemptAt: now,
        },
      });
      queued += 1;
    }, WRITE_TRANSACTION);
  }
  return queued;
}

/** Claims one delivery for `owner`: still pending, due, and not leased by a live worker. Exactly one of two racing processes wins. */
export async function claimDelivery(id: string, now: Date, owner: string, leaseMs: number): Promise<boolean> {
  const claimed = await db.delivery.updateMany({
    where: {
      id,
      state: "PENDING",
      nextAttemptAt: { lte: now },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
    },
    data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
  });
  return claimed.count === 1;
}

/** Records a delivery's outcome, only while `owner` still holds its lease (a taken-over lease writes nothing). */
export async function recordDeliveryOutcome(
  id: string,
  owner: string,
  data: Prisma.DeliveryUpdateManyMutationInput,
): Promise<void> {
  await db.delivery.updateMany({
    where: { id, leaseOwner: owner },
    data: { ...data, leaseOwner: null, leaseUntil: null },
  });
}

/** Forgets follow requests nobody confirmed in time (they hold an address without consent). */
export async function forgetUnconfirmed(now: Date): Promise<void> {
  const where = { confirmedAt: null, confirmationSentAt: { lt: new Date(now.getTime() - CONFIRM_VALID_MS) } };
  // A DELETE takes SQLite's write lock even when nothing matches, and the local driver waits for a
  // lock on the event loop: while `npm run import` held it for a slice, this run froze every request
  // of the server for up to that slice's transaction, every NOTIFY_POLL_SECONDS. A read never waits.
  if (!(await db.subscription.findFirst({ where, select: { id: true } }))) return;
  await db.subscription.deleteMany({ where });
}
