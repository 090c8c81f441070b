import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { emailSchema } from "@/lib/users/schema";
import { findUserForSignIn } from "./data";
import { reserveSignInAttempt, settleSignInAttempt } from "./mutations";
import { isKnownRole } from "./permissions";
import { currentInstant } from "@/lib/calendar";

/** Error codes next-auth passes back to the login form (lib/auth/sign-in-errors.ts has the words). */
export const SIGN_IN_ERROR = {
  invalid: "CredentialsSignin",
  throttledAccount: "ThrottledAccount",
  throttledAddress: "ThrottledAddress",
} as const;

/** Thrown to refuse an attempt for a reason other than wrong credentials; the message is the error code. */
export class SignInRefusedError extends Error {
  override name = "SignInRefusedError";
  constructor(
    readonly code: string,
    readonly retryAfterMinutes: number,
  ) {
    super(`${code}:${retryAfterMinutes}`);
  }
}

export type SignedInUser = { id: string; email: string; name: string; role: string; sessionVersion: number };

// Unknown emails are checked against this hash so that they take as long as a wrong password.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hashPassword("uade-dummy-password-for-equal-timing"));

/**
 * Checks an email and password, applying the brute-force limits first. Returns the user, or null
 * for any wrong combination (unknown email, wrong password, deactivated account) without saying
 * which; throws SignInRefusedError while a limit applies.
 */
export async function authenticate(
  rawEmail: unknown,
  rawPassword: unknown,
  ip: string,
  now: Date = currentInstant(),
): Promise<SignedInUser | null> {
  const password = typeof rawPassword === "string" && rawPassword.length <= 1024 ? rawPassword : "";
  const parsedEmail = emailSchema.safeParse(typeof rawEmail === "string" ? rawEmail : "");
  const email = parsedEmail.success
    ? parsedEmail.data
    : String(rawEmail ?? "")
        .slice(0, 254)
        .toLowerCase();

  const reservation = await reserveSignInAttempt(email, ip, now);
  if ("refusal" in reservation) {
    const decision = reservation.refusal;
    throw new SignInRefusedError(
      decision.scope === "account" ? SIGN_IN_ERROR.throttledAccount : SIGN_IN_ERROR.throttledAddress,
      decision.retryAfterMinutes,
    );
  }

  const user = parsedEmail.success ? await findUserForSignIn(email) : null;
  const isPasswordRight = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const isAccepted = Boolean(user && isPasswordRight && user.isActive && isKnownRole(user.role) && password.length > 0);
  await settleSignInAttempt(reservation.attemptId, isAccepted, now);
  if (!user || !isAccepted) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
