import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_HEADER, PATH_HEADER, isLocale, localePath, negotiateLocale, splitLocalePath } from "@/i18n/locales";

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

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const { locale, path } = splitLocalePath(pathname);
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;

  if (locale) {
    const headers = new Headers(request.headers);
    headers.set(LOCALE_HEADER, locale);
    headers.set(PATH_HEADER, path);
    const response = NextResponse.rewrite(ownUrl(request, path), { request: { headers } });
    if (remembered !== locale) response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
    return response;
  }

  const chosen = isLocale(remembered) ? remembered : (negotiateLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE);
  // A person opening an address gets redirected to its language version. Requests from the app
  // itself (client-side navigation, server actions) are served in place in the remembered language.
  const isDocumentRequest = request.method === "GET" && !request.headers.has("rsc") && !request.headers.has("next-action");
  if (isDocumentRequest) return NextResponse.redirect(ownUrl(request, localePath(chosen, pathname)));
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, chosen);
  headers.set(PATH_HEADER, pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: data addresses (API, CSV, feeds, sitemap, archived copies) and static files keep stable URLs.
  matcher: ["/((?!api/|_next/|export/|captures/|feed\\.xml|sitemap\\.xml|robots\\.txt|favicon\\.ico|.*\\.(?:csv|xml|json|txt|ico|png|svg|webmanifest)$).*)"],
};
