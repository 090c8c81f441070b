// POST /api/notifications/confirm: the button of the confirmation page (double opt-in); 303 to the page with the outcome.
import { confirmFollow } from "@/lib/notifications/follow/mutations";
import { formLocale, readSmallForm, seeOther } from "@/lib/notifications/form-post";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const fields = await readSmallForm(request);
  const outcome = await confirmFollow(fields?.token ?? "");
  return seeOther(`/${formLocale(fields)}/follow/confirm?outcome=${outcome}`);
}
