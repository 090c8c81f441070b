import { getTranslations } from "next-intl/server";
import { isMailConfigured } from "@/lib/notifications/mailer";

/** Says whether email notifications are on: with no SMTP_URL nothing is sent, and editors should know. */
export async function MailStatus() {
  const t = await getTranslations("notifications");
  const isOn = isMailConfigured();
  return (
    <p
      role="status"
      data-testid="mail-status"
      className={`mt-4 max-w-3xl rounded border p-3 ${isOn ? "border-slate-300 bg-slate-50" : "border-amber-700 bg-amber-50 text-amber-950"}`}
    >
      {isOn ? t("mailOn") : t("mailOff")}
    </p>
  );
}
