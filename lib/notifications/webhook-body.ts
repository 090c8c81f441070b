/** The JSON a partner receives for one public status change (README, "Webhooks"). */
export type WebhookBody = {
  id: string;
  type: "status.changed";
  slug: string;
  url: string;
  field: "assessment" | "official_claim";
  from: string;
  to: string;
  effective_on: string;
  recorded_at: string;
};

/** The exact bytes that are signed and sent: built once, at fan-out, so every retry sends the same body. */
export function webhookBody(input: {
  eventId: string;
  slug: string;
  siteUrl: string;
  field: "ASSESSMENT" | "OFFICIAL_CLAIM";
  from: string;
  to: string;
  effectiveOn: Date;
  recordedAt: Date;
}): string {
  const body: WebhookBody = {
    id: input.eventId,
    type: "status.changed",
    slug: input.slug,
    url: `${input.siteUrl}/commitments/${input.slug}`,
    field: input.field === "ASSESSMENT" ? "assessment" : "official_claim",
    from: input.from,
    to: input.to,
    effective_on: input.effectiveOn.toISOString().slice(0, 10),
    recorded_at: input.recordedAt.toISOString(),
  };
  return JSON.stringify(body);
}
