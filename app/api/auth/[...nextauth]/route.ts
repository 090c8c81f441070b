// next-auth's endpoints at their default paths (/api/auth/csrf, /callback/credentials, /session, /signout).
import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/auth/options";
import { isSameOriginRequest } from "@/lib/http/origin";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

export const dynamic = "force-dynamic";

function nextAuth(request: Request, context: RouteContext): Promise<Response> {
  const handler = NextAuth(buildAuthOptions()) as (request: Request, context: RouteContext) => Promise<Response>;
  return handler(request, context);
}

export function GET(request: Request, context: RouteContext): Promise<Response> {
  return nextAuth(request, context);
}

/**
 * next-auth's own CSRF token guards these POSTs; on top, a browser request from another site
 * (a foreign Origin, or `Origin: null`) is refused. Scripts that send no Origin still work.
 */
export async function POST(request: Request, context: RouteContext): Promise<Response> {
  if (request.headers.has("origin") && !isSameOriginRequest(request.headers)) {
    return Response.json({ error: "Cross-site request refused." }, { status: 403 });
  }
  return nextAuth(request, context);
}
