import { parseEnv } from "@/lib/env";

/** The public base URL of the site (NEXTAUTH_URL, or localhost on PORT), without a trailing slash. */
export function getSiteUrl(): string {
  const env = parseEnv();
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/** Only http(s) URLs become links; anything else (javascript:, data:, …) is shown as text. */
export function isSafeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
