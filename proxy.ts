import { NextResponse, type NextRequest } from "next/server";
import { guardRawRequest, guardServerActionBody, type RawRefusal } from "@/lib/http/raw-request-guard";
import {
  DEFAULT_LOCALE,
  LOCALE_COOKIE,
  LOCALE_HEADER,
  PATH_HEADER,
  isLocale,
  localePath,
  negotiateLocale,
  remembersLanguage,
  splitLocalePath,
} from "@/i18n/locales";

// Language in the address: /kk/…, /ru/…, /en/… are served by the same routes as the unprefixed
// paths (a rewrite that tells the page its locale), so every route exists once. An unprefixed page
// address redirects to the reader's language: the remembered choice, else the browser's, else the
// default. This proxy only routes; it never decides who may see or change anything.

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * `pathname` (with the request's query) on the origin Next.js considers its own, so the rewrite
 * stays internal and same-origin redirects leave as relative Location headers. (Next.js builds
 * that origin as localhost:PORT; a server started with --hostname would see these rewrites as
 * external, so `npm start` does not pass one.)
 */
function ownUrl(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return url;
}

// Data addresses (API, CSV, feeds, sitemap) and static files keep stable URLs: no language routing.
const DATA_PATH =
  /^\/(?:api|_next|export|captures|embed)\/|^\/(?:feed\.xml|sitemap\.xml|robots\.txt|favicon\.ico)$|\.(?:csv|xlsx|docx|xml|json|txt|ico|png|svg|webmanifest)$/;

function refusal({ status, message }: RawRefusal): NextResponse {
  return new NextResponse(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/**
 * Hostile request shapes are answered 4xx here, before Next.js parses them (it answers them 500):
 * bad percent-encoding, cross-site or malformed server actions, bodies over the limit. The same
 * rules run in our HTTP server where it sees the request first (lib/http/raw-request-guard.ts).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const raw = new URL(request.url);
  const guarded = guardRawRequest(
    request.method,
    raw.pathname + raw.search,
    request.headers,
    process.env.NEXTAUTH_URL ?? raw.origin,
  );
  if (guarded) return refusal(guarded);
  const isAction = request.method === "POST" && !DATA_PATH.test(raw.pathname);
  if (isAction) {
    const body = await guardServerActionBody(request.clone());
    if (body) return refusal(body);
  }
  if (DATA_PATH.test(raw.pathname)) return NextResponse.next();
  return routeLanguage(request);
}

function routeLanguage(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const { locale, path } = splitLocalePath(pathname);
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;

  if (locale) {
    const headers = new Headers(request.headers);
    headers.set(LOCALE_HEADER, locale);
    headers.set(PATH_HEADER, path);
    const response = NextResponse.rewrite(ownUrl(request, path), { request: { headers } });
    if (remembered !== locale && remembersLanguage(request.headers.get("sec-fetch-dest")))
      response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
    return response;
  }

  const chosen = isLocale(remembered)
    ? remembered
    : (negotiateLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE);
  // A person opening an address gets redirected to its language version. Requests from the app
  // itself (client-side navigation, server actions) are served in place in the remembered language.
  const isDocumentRequest =
    request.method === "GET" && !request.headers.has("rsc") && !request.headers.has("next-action");
  if (isDocumentRequest) return NextResponse.redirect(ownUrl(request, localePath(chosen, pathname)));
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, chosen);
  headers.set(PATH_HEADER, pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Every address but Next.js's own static files: the guard above covers data addresses too.
  matcher: ["/((?!_next/static/|_next/image/).*)"],
};
