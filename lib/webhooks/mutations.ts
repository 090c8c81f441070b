import "server-only";
import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { db } from "@/lib/db/client";
import { auditEvent } from "@/lib/audit/event";
import { parseEnv } from "@/lib/env";
import { currentInstant } from "@/lib/calendar";
import { message } from "@/lib/forms/messages";
import { WRITE_TRANSACTION, done, invalid, notFound, type MutationResult } from "@/lib/operations/result";
import { isAllowedAddress, isAllowedHost } from "@/lib/safe-fetch";
import type { CreateWebhookInput, RemoveWebhookInput } from "./schema";

/**
 * Whether a receiver's host may be registered under the same rules as evidence fetching: an IP
 * literal must be a public address (127.0.0.1, 10.0.0.0/8 and the other private ranges are
 * refused), "localhost" is refused, and in the test mode only loopback is accepted. Names are
 * checked again on every delivery, on each DNS answer (lib/safe-fetch).
 */
export function isAllowedReceiver(url: string, loopbackOnly: boolean): boolean {
  const hostname = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const policy = { loopbackOnly };
  if (!isAllowedHost(hostname === "::1" ? "[::1]" : hostname, policy)) return false;
  if (isIP(hostname) !== 0) return isAllowedAddress(hostname, policy);
  return loopbackOnly || hostname.toLowerCase() !== "localhost";
}

/** Registers a receiver; the signing secret is answered once and never shown again. */
export async function createWebhook(
  input: CreateWebhookInput,
  actorId: string,
): Promise<MutationResult<{ id: string; secret: string }>> {
  if (!isAllowedReceiver(input.url, parseEnv().CAPTURE_ALLOW_PRIVATE_ADDRESSES))
    return invalid({ url: message("webhookAddressRefused") });
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  const webhook = await db.$transaction(async (tx) => {
    const created = await tx.webhook.create({ data: { url: input.url, secret, createdById: actorId } });
    await tx.auditEvent.create({
      data: auditEvent("webhook.create", "Webhook", created.id, actorId, null, { url: created.url }),
    });
    return created;
  }, WRITE_TRANSACTION);
  return done({ id: webhook.id, secret });
}

/** Stops deliveries to a receiver (its log is kept); queued deliveries are cancelled. */
export async function removeWebhook(
  input: RemoveWebhookInput,
  actorId: string,
): Promise<MutationResult<{ id: string }>> {
  const removed = await db.$transaction(async (tx) => {
    const claimed = await tx.webhook.updateMany({
      where: { id: input.webhookId, isActive: true },
      data: { isActive: false, removedAt: currentInstant() },
    });
    if (claimed.count !== 1) return false;
    await tx.delivery.updateMany({
      where: { webhookId: input.webhookId, state: "PENDING" },
      data: { state: "CANCELLED" },
    });
    await tx.auditEvent.create({
      data: auditEvent("webhook.remove", "Webhook", input.webhookId, actorId, { isActive: true }, { isActive: false }),
    });
    return true;
  }, WRITE_TRANSACTION);
  return removed ? done({ id: input.webhookId }) : notFound();
}
