// GET /feed.xml[?lang=kk|ru|en] — Atom feed of the latest status changes of published commitments, in one language.
import { listFeedChanges } from "@/lib/open-data/data";
import { feedResponse } from "@/lib/open-data/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return feedResponse(new URL(request.url).searchParams, await listFeedChanges(50));
}
