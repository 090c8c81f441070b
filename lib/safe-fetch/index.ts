// Outgoing HTTP for Uade's server (evidence captures now, webhooks later): see fetch.ts.
export { safeFetch, checkFetchUrl, UADE_USER_AGENT, type SafeFetchOptions, type SafeResponse } from "./fetch";
export { SafeFetchError, SAFE_FETCH_REASONS, type SafeFetchReason } from "./errors";
export { isAllowedAddress, isAllowedHost, type AddressPolicy } from "./address-policy";
