/**
 * The request header in which Uade's own server (lib/public-cache/handler.ts) passes the socket's
 * remote address to the app. The server deletes whatever a client sent under this name before
 * setting it, on every request, so the app can trust it; no other `x-uade-*` request header from
 * outside ever reaches the app either.
 */
export const CLIENT_ADDRESS_HEADER = "x-uade-client-address";

/** Prefix of the request headers only Uade's server and proxy may set. */
export const INTERNAL_HEADER_PREFIX = "x-uade-";
