// GET /commitments/:slug/feed.xml[?lang=kk|ru|en] — Atom feed of one published commitment's status changes, in one language.
import { getPublishedCommitmentId, listRecentStatusChanges } from "@/lib/commitments/data";
import { feedResponse } from "@/lib/open-data/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const commitment = await getPublishedCommitmentId((await params).slug);
  if (!commitment)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const changes = await listRecentStatusChanges({ take: 100, commitmentId: commitment.id });
  return feedResponse(new URL(request.url).searchParams, changes, commitment);
}
