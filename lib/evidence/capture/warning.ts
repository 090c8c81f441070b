/** Printed at start-up (server and `npm run evidence:check`) while the test-only setting is on. */
export const PRIVATE_ADDRESSES_WARNING =
  "WARNING: CAPTURE_ALLOW_PRIVATE_ADDRESSES is on (tests only): evidence captures reach only this " +
  "machine's loopback addresses (127.0.0.1, ::1) and refuse every real website. Turn it off in production.";
