import { getFormatter, getTranslations } from "next-intl/server";
import { removeWebhookAction } from "@/lib/webhooks/actions";
import { ActionButtonForm } from "./action-button-form";

type Webhooks = {
  id: string;
  url: string;
  isActive: boolean;
  deliveries: {
    id: string;
    state: string;
    attempts: number;
    lastStatus: number | null;
    lastError: string | null;
    createdAt: Date;
  }[];
}[];

/** Registered receivers with their latest deliveries (the delivery log). */
export async function WebhookList({ webhooks }: { webhooks: Webhooks }) {
  const [t, format] = await Promise.all([getTranslations("notifications"), getFormatter()]);
  if (webhooks.length === 0) return <p className="mt-3">{t("none")}</p>;
  return (
    <ul className="mt-3 space-y-6" data-testid="webhook-list">
      {webhooks.map((webhook) => (
        <li key={webhook.id} className="rounded border border-slate-300 p-4" data-webhook={webhook.id}>
          <p className="flex flex-wrap items-baseline gap-x-4">
            <code className="break-all font-semibold">{webhook.url}</code>
            {webhook.isActive ? null : <span className="text-sm text-slate-700">{t("removed")}</span>}
          </p>
          {webhook.isActive ? (
            <div className="mt-2">
              <ActionButtonForm
                action={removeWebhookAction}
                fields={{ webhookId: webhook.id }}
                label={t("remove")}
                tone="danger"
              />
            </div>
          ) : null}
          <h3 className="mt-3 font-semibold">{t("log")}</h3>
          {webhook.deliveries.length === 0 ? (
            <p className="mt-1 text-sm">{t("noDeliveries")}</p>
          ) : (
            <table className="mt-1 w-full text-left text-sm">
              <thead>
                <tr>
                  <th className="py-1 pr-4">{t("columns.when")}</th>
                  <th className="py-1 pr-4">{t("columns.state")}</th>
                  <th className="py-1 pr-4">{t("columns.attempts")}</th>
                  <th className="py-1">{t("columns.result")}</th>
                </tr>
              </thead>
              <tbody>
                {webhook.deliveries.map((delivery) => (
                  <tr key={delivery.id} data-state={delivery.state}>
                    <td className="py-1 pr-4">
                      {format.dateTime(delivery.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </td>
                    <td className="py-1 pr-4">
                      {t(`state.${delivery.state as "PENDING" | "SENT" | "FAILED" | "CANCELLED"}`)}
                    </td>
                    <td className="py-1 pr-4">{t("attempts", { count: delivery.attempts })}</td>
                    <td className="py-1">{delivery.lastStatus ?? delivery.lastError ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ul>
  );
}
