import "server-only";
import { db } from "@/lib/db/client";
import { PUBLIC_WHERE, TRANSLATABLE_SELECT } from "@/lib/commitments/data";

/** The published commitment a follow page names (by slug), or null. */
export async function getFollowableCommitment(slug: string) {
  return db.commitment.findFirst({ where: { ...PUBLIC_WHERE, slug }, select: { slug: true, ...TRANSLATABLE_SELECT } });
}

/** The latest deliveries of each webhook, for the admins' delivery log. */
export async function listWebhooksWithLog(perWebhook = 10) {
  const webhooks = await db.webhook.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, url: true, isActive: true, createdAt: true },
  });
  return Promise.all(
    webhooks.map(async (webhook) => ({
      ...webhook,
      deliveries: await db.delivery.findMany({
        where: { webhookId: webhook.id },
        orderBy: { createdAt: "desc" },
        take: perWebhook,
        select: {
          id: true,
          state: true,
          attempts: true,
          lastStatus: true,
          lastError: true,
          createdAt: true,
          sentAt: true,
        },
      }),
    })),
  );
}
