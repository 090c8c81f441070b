import "server-only";
import { db } from "@/lib/db/client";
import { SIGN_IN_LIMITS, UNKNOWN_ADDRESS, type AttemptCounts } from "./throttle";
import { currentInstant } from "@/lib/calendar";

/** The fields sign-in needs, by normalised email. */
export async function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true, passwordHash: true },
  });
}

/** The row every authenticated request is checked against (active, role, session version). */
export async function findSessionUser(id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      isActive: true,
      sessionVersion: true,
      mustChangePassword: true,
    },
  });
}

/**
 * Counts the recent failed sign-ins that the limits in throttle.ts apply to, leaving out the
 * caller's own reservation (`excludeId`). An unknown address has no per-address bucket.
 */
export async function countRecentFailures(
  email: string,
  ip: string,
  now: Date = currentInstant(),
  excludeId?: string,
  client: Pick<typeof db, "signInAttempt"> = db,
): Promise<AttemptCounts> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  const knownSince = new Date(now.getTime() - SIGN_IN_LIMITS.knownAddressMs);
  const isKnownAddress =
    ip !== UNKNOWN_ADDRESS &&
    (await client.signInAttempt.count({ where: { email, ip, isSuccess: true, createdAt: { gte: knownSince } } })) > 0;
  const others = excludeId ? { id: { not: excludeId } } : {};
  const accountWhere = {
    email,
    isSuccess: false,
    createdAt: { gte: since },
    ...others,
    ...(isKnownAddress ? { ip } : {}),
  };
  const addressWhere = { ip, isSuccess: false, createdAt: { gte: since }, ...others };
  const isAddressCounted = ip !== UNKNOWN_ADDRESS;
  const [accountFailures, addressFailures, oldestAccount, oldestAddress] = await Promise.all([
    client.signInAttempt.count({ where: accountWhere }),
    isAddressCounted ? client.signInAttempt.count({ where: addressWhere }) : 0,
    client.signInAttempt.findFirst({
      where: accountWhere,
      orderBy: { createdAt: "desc" },
      skip: SIGN_IN_LIMITS.maxFailuresPerAccount - 1,
      select: { createdAt: true },
    }),
    client.signInAttempt.findFirst({
      where: addressWhere,
      orderBy: { createdAt: "desc" },
      skip: SIGN_IN_LIMITS.maxFailuresPerAddress - 1,
      select: { createdAt: true },
    }),
  ]);
  return {
    accountFailures,
    addressFailures,
    oldestAccountFailureAt: oldestAccount?.createdAt ?? null,
    oldestAddressFailureAt: oldestAddress?.createdAt ?? null,
  };
}
