import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { parseEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { findSessionUser } from "./data";
import { resolveAuthSecret } from "./secret";
import { endAllSessions } from "./mutations";
import { isKnownRole } from "./permissions";
import { SESSION_MAX_AGE_SECONDS, isSecureSite, sessionCookieName } from "./session-cookie";
import { SignInRefusedError, authenticate } from "./sign-in";
import { UNKNOWN_ADDRESS } from "./throttle";

/**
 * next-auth configuration: the `credentials` provider, JWT sessions carrying the user id and
 * session version. The token alone is never trusted for access: lib/auth/session.ts checks it
 * against the user row on every request, so bumping `sessionVersion` revokes it at once.
 */
export function buildAuthOptions(): NextAuthOptions {
  const env = parseEnv();
  const isSecure = isSecureSite(env.NEXTAUTH_URL);
  return {
    secret: resolveAuthSecret(env),
    useSecureCookies: isSecure,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: {
      sessionToken: {
        name: sessionCookieName(env.NEXTAUTH_URL),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: isSecure },
      },
    },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const ip =
            clientAddress(request.headers as Record<string, unknown> | undefined, env.TRUST_PROXY) ?? UNKNOWN_ADDRESS;
          try {
            const user = await authenticate(credentials?.email, credentials?.password, ip);
            return user
              ? {
                  id: user.id,
                  email: user.email,
                  name: user.name,
                  role: user.role,
                  sessionVersion: user.sessionVersion,
                }
              : null;
          } catch (error) {
            // next-auth passes the message to the form as ?error=…; only our own codes reach it.
            if (error instanceof SignInRefusedError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        const row = typeof token.uid === "string" ? await findSessionUser(token.uid) : null;
        const isValid = row && row.isActive && isKnownRole(row.role) && row.sessionVersion === token.sv;
        if (!isValid) return { expires: session.expires };
        return { expires: session.expires, user: { name: row.name, email: row.email }, userId: row.id, role: row.role };
      },
    },
    events: {
      async signOut({ token }) {
        // Signing out ends the session everywhere: a copy of the cookie stops working too.
        if (typeof token?.uid !== "string") return;
        const row = await findSessionUser(token.uid);
        if (row && row.sessionVersion === token.sv) await endAllSessions(row.id, "auth.sign-out", row.id);
      },
    },
  };
}
