/**
 * next-auth's session cookie. Over https (NEXTAUTH_URL starting with https://) it is `Secure` and
 * carries the `__Secure-` prefix; it is always HttpOnly and SameSite=Lax.
 */
export function isSecureSite(publicUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  return Boolean(publicUrl?.startsWith("https://"));
}

export function sessionCookieName(publicUrl: string | undefined = process.env.NEXTAUTH_URL): string {
  return `${isSecureSite(publicUrl) ? "__Secure-" : ""}next-auth.session-token`;
}

/** Sessions last at most 12 hours of inactivity-independent time; editors sign in again each day. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
