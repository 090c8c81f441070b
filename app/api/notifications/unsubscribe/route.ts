// POST /api/notifications/unsubscribe?token=…: one-click unsubscribe (RFC 8058, from the List-Unsubscribe
// header, no session, no JavaScript) and the unsubscribe page's button (which asks for a 303 back to the page).
import { unsubscribe } from "@/lib/notifications/follow/mutations";
import { formLocale, readSmallForm, seeOther } from "@/lib/notifications/form-post";
import { PERSONAL_CACHE_CONTROL } from "@/lib/public-cache/policy";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const fields = await readSmallForm(request);
  const token = new URL(request.url).searchParams.get("token") ?? fields?.token ?? "";
  const outcome = await unsubscribe(token);
  if (fields?.page === "1") return seeOther(`/${formLocale(fields)}/unsubscribe?outcome=${outcome}`);
  const status = outcome === "done" ? 200 : 404;
  const text =
    outcome === "done"
      ? "Unsubscribed.\n"
      : "This unsubscribe link is not valid or was already used; nothing was changed.\n";
  return new Response(text, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": PERSONAL_CACHE_CONTROL },
  });
}
