// next-auth's endpoints at their default paths (/api/auth/csrf, /callback/credentials, /session, /signout).
import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

export const dynamic = "force-dynamic";

async function handler(request: Request, context: RouteContext): Promise<Response> {
  const nextAuth = NextAuth(buildAuthOptions()) as (request: Request, context: RouteContext) => Promise<Response>;
  return nextAuth(request, context);
}

export { handler as GET, handler as POST };
