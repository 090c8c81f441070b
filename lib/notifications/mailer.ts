import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { parseEnv } from "@/lib/env";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  /** Sent as List-Unsubscribe (https link) with List-Unsubscribe-Post (RFC 8058 one-click). */
  unsubscribeUrl?: string;
  locale: string;
};

let cached: { url: string; transport: Transporter } | null = null;

/** True when SMTP_URL is set: without it no mail is written at all (the workspace says so). */
export function isMailConfigured(): boolean {
  return Boolean(parseEnv().SMTP_URL);
}

function transport(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transport.close();
    // Short deadlines: a mail server that hangs delays only the worker, which retries later.
    cached = {
      url,
      transport: nodemailer.createTransport(url, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return cached.transport;
}

/** Sends one plain-text mail through SMTP_URL; throws when the server refuses or does not answer. */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const env = parseEnv();
  if (!env.SMTP_URL || !env.MAIL_FROM) throw new Error("mail is not configured (SMTP_URL, MAIL_FROM)");
  await transport(env.SMTP_URL).sendMail({
    from: env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    headers: {
      "Content-Language": mail.locale,
      "Auto-Submitted": "auto-generated",
      ...(mail.unsubscribeUrl
        ? { "List-Unsubscribe": `<${mail.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
        : {}),
    },
  });
}
