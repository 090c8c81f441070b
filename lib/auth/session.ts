import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { parseEnv } from "@/lib/env";
import { findSessionUser } from "./data";
import { resolveAuthSecret } from "./secret";
import { isKnownRole } from "./permissions";
import { sessionCookieName } from "./session-cookie";

export type SessionUser = { id: string; email: string; name: string; role: string; mustChangePassword: boolean };

/**
 * The signed-in user of this request, or null. The session cookie must decode, and the user row
 * must be active, have a known role and the same session version as the token: sign-out, "sign out
 * everywhere", password and role changes and deactivation all bump that version.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const env = parseEnv();
  const token = (await cookies()).get(sessionCookieName(env.NEXTAUTH_URL))?.value;
  if (!token || token.length > 8192) return null;
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token, secret: resolveAuthSecret(env) });
  } catch {
    return null;
  }
  if (!payload || typeof payload.uid !== "string" || typeof payload.sv !== "number") return null;
  const user = await findSessionUser(payload.uid);
  if (!user || !user.isActive || !isKnownRole(user.role) || user.sessionVersion !== payload.sv) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
  };
});
