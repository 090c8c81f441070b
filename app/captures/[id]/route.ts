// GET /captures/:id — Uade's archived copy of an evidence link, served so it can never act in Uade's origin.
import { Readable } from "node:stream";
import { getPublicCapture } from "@/lib/evidence/capture/data";
import { archivedCopyHeaders } from "@/lib/evidence/capture/serve";
import { captureSettings } from "@/lib/evidence/capture/settings";
import { openCapture } from "@/lib/evidence/capture/store";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("No archived copy has this address.\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(id)) return notFound();
  const capture = await getPublicCapture(id);
  if (!capture?.sha256) return notFound();
  const file = await openCapture(captureSettings().directory, capture.sha256);
  if (!file) return notFound();
  const isDownload = new URL(request.url).searchParams.has("download");
  const headers = archivedCopyHeaders(
    { sha256: capture.sha256, contentType: capture.contentType, size: file.size },
    isDownload,
  );
  return new Response(Readable.toWeb(file.stream) as ReadableStream, { status: 200, headers });
}
