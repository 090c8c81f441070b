// POST /api/notifications/follow: the follow form (works without JavaScript); answers with a 303 to /<locale>/follow.
import { followSchema } from "@/lib/notifications/schema";
import { requestFollow } from "@/lib/notifications/follow/mutations";
import { formLocale, readSmallForm, seeOther } from "@/lib/notifications/form-post";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
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
  back.set("outcome", await requestFollow(parsed.data));
  return seeOther(`/${locale}/follow?${back}`);
}
