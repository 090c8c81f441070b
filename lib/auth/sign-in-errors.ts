/** Parses the error code next-auth hands back ("ThrottledAccount:12") into a code and minutes. */
export function parseSignInError(
  error: string | null | undefined,
): { code: "invalid" | "throttledAccount" | "throttledAddress"; minutes: number } | null {
  if (!error) return null;
  const [code, minutes] = error.split(":");
  const parsedMinutes = Math.max(1, Math.min(60, Number(minutes) || 15));
  if (code === "ThrottledAccount") return { code: "throttledAccount", minutes: parsedMinutes };
  if (code === "ThrottledAddress") return { code: "throttledAddress", minutes: parsedMinutes };
  return { code: "invalid", minutes: 0 };
}
