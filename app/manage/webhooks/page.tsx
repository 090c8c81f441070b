import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { listWebhooksWithLog } from "@/lib/notifications/data";
import { MailStatus } from "@/components/manage/mail-status";
import { WebhookForm } from "@/components/manage/webhook-form";
import { WebhookList } from "@/components/manage/webhook-list";

export async function generateMetadata() {
  const t = await getTranslations("notifications");
  return { title: t("webhooksTitle") };
}

export default async function WebhooksAdminPage() {
  await requirePagePermission("webhook:manage", "/manage/webhooks");
  const [t, webhooks] = await Promise.all([getTranslations("notifications"), listWebhooksWithLog()]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("webhooksTitle")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("webhooksIntro")}</p>
      <MailStatus />
      <section aria-label={t("add")} className="mt-6 max-w-4xl rounded border border-slate-300 p-4">
        <WebhookForm />
      </section>
      <section className="mt-8 max-w-4xl">
        <WebhookList webhooks={webhooks} />
      </section>
    </>
  );
}
