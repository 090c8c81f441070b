import "server-only";
import { randomUUID } from "node:crypto";
import { getDelivery, getWebhook, listDueDeliveryIds } from "./outbox/data";
import { claimDelivery, recordDeliveryOutcome } from "./outbox/mutations";
import { parseEnv } from "@/lib/env";
import { SafeFetchError, safeFetch } from "@/lib/safe-fetch";
import { SIGNATURE_HEADER, signatureHeader } from "@/lib/webhooks/signature";
import { isMailConfigured, sendMail } from "./mailer";
import { renderMail } from "./render-mail";

/** Waits before the 2nd, 3rd, … attempt; after the last one the delivery is FAILED (kept in the log). */
export const RETRY_DELAYS_MS = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000, 6 * 3_600_000, 24 * 3_600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A claimed delivery belongs to its worker this long; a worker that died is taken over after it. */
export const LEASE_MS = 2 * 60_000;

const OWNER = `${process.pid}-${randomUUID()}`;

type Outcome = { state: "SENT" | "RETRY" | "FAILED" | "CANCELLED"; status?: number; error?: string };

/**
 * Claims due deliveries for this worker: a conditional update per row (still pending, due, and
 * not leased by a live worker), so of two processes racing for a row exactly one wins it.
 */
export async function claimDueDeliveries(now: Date, limit: number, owner: string = OWNER): Promise<string[]> {
  const mine: string[] = [];
  for (const id of await listDueDeliveryIds(now, limit)) {
    if (await claimDelivery(id, now, owner, LEASE_MS)) mine.push(id);
  }
  return mine;
}

async function sendWebhook(webhookId: string | null, body: string, now: Date): Promise<Outcome> {
  const webhook = webhookId ? await getWebhook(webhookId) : null;
  if (!webhook?.isActive) return { state: "CANCELLED" };
  const env = parseEnv();
  try {
    const response = await safeFetch(webhook.url, {
      method: "POST",
      body,
      maxRedirects: 0,
      maxBytes: 64 * 1024,
      timeoutMs: env.WEBHOOK_TIMEOUT_SECONDS * 1000,
      loopbackOnly: env.CAPTURE_ALLOW_PRIVATE_ADDRESSES,
      headers: {
        "content-type": "application/json",
        [SIGNATURE_HEADER.toLowerCase()]: signatureHeader(webhook.secret, body, Math.floor(now.getTime() / 1000)),
      },
    });
    response.cancel();
    if (response.status >= 200 && response.status < 300) return { state: "SENT", status: response.status };
    return { state: "RETRY", status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    if (error instanceof SafeFetchError) return { state: error.isRefusal ? "FAILED" : "RETRY", error: error.reason };
    return { state: "RETRY", error: error instanceof Error ? error.message.slice(0, 300) : "error" };
  }
}

async function sendEmail(delivery: {
  kind: string;
  subscriptionId: string | null;
  userId: string | null;
  payload: string;
}): Promise<Outcome> {
  if (!isMailConfigured()) return { state: "RETRY", error: "mail is not configured" };
  const mail = await renderMail(delivery);
  if (!mail) return { state: "CANCELLED" };
  try {
    await sendMail(mail);
    return { state: "SENT" };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    // A permanent refusal (5xx from the mail server: unknown mailbox, …) is not retried.
    return {
      state: code && code >= 500 ? "FAILED" : "RETRY",
      error: error instanceof Error ? error.message.slice(0, 300) : "error",
    };
  }
}

/** Sends one claimed delivery and records the outcome (only while this worker still holds the lease). */
export async function deliverClaimed(
  id: string,
  now: Date,
  owner: string = OWNER,
): Promise<"SENT" | "PENDING" | "FAILED" | "CANCELLED"> {
  const delivery = await getDelivery(id);
  if (!delivery || delivery.leaseOwner !== owner) return "CANCELLED";
  const outcome =
    delivery.channel === "WEBHOOK"
      ? await sendWebhook(delivery.webhookId, delivery.payload, now)
      : await sendEmail(delivery);
  const retry = outcome.state === "RETRY" && delivery.attempts < MAX_ATTEMPTS;
  const state = outcome.state === "RETRY" ? (retry ? "PENDING" : "FAILED") : outcome.state;
  const delay = RETRY_DELAYS_MS[Math.min(delivery.attempts - 1, RETRY_DELAYS_MS.length - 1)] ?? 0;
  await recordDeliveryOutcome(id, owner, {
    state,
    lastStatus: outcome.status ?? null,
    lastError: outcome.error ?? null,
    ...(state === "SENT" ? { sentAt: now } : {}),
    ...(state === "PENDING" ? { nextAttemptAt: new Date(now.getTime() + delay) } : {}),
  });
  return state;
}
