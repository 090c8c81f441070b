// POST /api/notifications/follow: the follow form (works without JavaScript); answers with a 303 to /<locale>/follow.
import { followSchema } from "@/lib/notifications/schema";
import { requestFollow } from "@/lib/notifications/follow/mutations";
import { formLocale, readSmallForm, seeOther } from "@/lib/notifications/form-post";
import { followLimiter } from "@/lib/notifications/follow/address-limit";
import { currentInstant } from "@/lib/calendar";
import { parseEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { crossSiteRefusal, isCrossSiteRequest } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  // Another site's page must not subscribe its visitors' addresses (nor spend their follow limit).
  if (isCrossSiteRequest(request.headers)) return crossSiteRefusal();
  const fields = await readSmallForm(request);
  const locale = formLocale(fields);
  const back = new URLSearchParams();
  if (fields?.commitment) back.set("commitment", fields.commitment.slice(0, 200));
  if (fields?.theme) back.set("theme", fields.theme.slice(0, 100));
  const parsed = followSchema.safeParse({ ...fields, locale });
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message;
    back.set("error", problem === "frequency" || problem === "target" ? problem : "email");
    return seeOther(`/${locale}/follow?${back}`);
  }
  // One sender may not mail many strangers from the NGO's server (lib/notifications/follow/address-limit.ts).
  const isAllowed = followLimiter().take(
    clientAddress(request.headers, parseEnv().TRUST_PROXY),
    currentInstant().getTime(),
  );
  back.set("outcome", isAllowed ? await requestFollow(parsed.data) : "limited");
  return seeOther(`/${locale}/follow?${back}`);
}
