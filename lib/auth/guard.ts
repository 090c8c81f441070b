import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isSameOriginRequest } from "@/lib/http/origin";
import { hasPermission, type Permission } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export type Denial = "unauthenticated" | "forbidden" | "cross-site" | "password-change-required";
export type Authorisation = { isAllowed: true; user: SessionUser } | { isAllowed: false; reason: Denial };

/**
 * The check every server action and mutating route handler starts with: the request comes from
 * this site (Origin), carries a live session (checked against the user row), and the user's role
 * has `permission` in lib/auth/permissions.ts.
 */
export async function authoriseMutation(permission: Permission): Promise<Authorisation> {
  if (!isSameOriginRequest(await headers())) return { isAllowed: false, reason: "cross-site" };
  return authoriseRead(permission);
}

/** The session and permission check without the Origin check, for reads. */
export async function authoriseRead(permission: Permission): Promise<Authorisation> {
  const user = await getSessionUser();
  if (!user) return { isAllowed: false, reason: "unauthenticated" };
  if (!hasPermission(user.role, permission)) return { isAllowed: false, reason: "forbidden" };
  // A one-time password handed out by an admin is good for replacing itself and nothing else.
  if (user.mustChangePassword && permission !== "account:manage-own")
    return { isAllowed: false, reason: "password-change-required" };
  return { isAllowed: true, user };
}

/** For pages: the signed-in user with `permission`; otherwise sends them to sign in, or to a "no access" page. */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<SessionUser> {
  const result = await authoriseRead(permission);
  if (result.isAllowed) return result.user;
  if (result.reason === "unauthenticated") redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (result.reason === "password-change-required") redirect("/manage/account?required=1");
  redirect("/manage/no-access");
}
