import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/** Applies headers given to `writeHead` (object or raw array form) with setHeader, so they can be read back and overridden. */
export function applyWriteHeadHeaders(response: ServerResponse, headers: unknown): void {
  if (!headers) return;
  if (Array.isArray(headers)) {
    const flat = Array.isArray(headers[0]) ? (headers as unknown[][]).flat() : (headers as unknown[]);
    for (let index = 0; index + 1 < flat.length; index += 2)
      response.appendHeader(String(flat[index]), String(flat[index + 1]));
    return;
  }
  for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
    if (value !== undefined) response.setHeader(name, value);
  }
}

/**
 * Makes `name: value` the header a response leaves with, whatever the renderer sets on the way
 * (setHeader or writeHead's own headers). Node sends headers from writeHead, which write and end
 * call too, so that is the one place to set it last.
 */
export function forceHeader(response: ServerResponse, name: string, value: string): void {
  const original = response.writeHead;
  response.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    const reason = typeof rest[0] === "string" ? rest[0] : undefined;
    applyWriteHeadHeaders(this, reason === undefined ? rest[0] : rest[1]);
    this.setHeader(name, value);
    return reason === undefined
      ? original.call(this, status)
      : (original as (status: number, reason: string) => ServerResponse).call(this, status, reason);
  } as ServerResponse["writeHead"];
}

/**
 * An address without a language redirects by the reader's cookie or browser language (proxy.ts):
 * such a redirect must never be shared, so one that says nothing about caching leaves marked
 * private, varying by both.
 */
export function markNegotiatedRedirects(response: ServerResponse): void {
  const original = response.writeHead;
  response.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status >= 300 && status < 400) {
      const reason = typeof rest[0] === "string" ? rest[0] : undefined;
      applyWriteHeadHeaders(this, reason === undefined ? rest[0] : rest[1]);
      if (!this.hasHeader("cache-control")) {
        this.setHeader("cache-control", "private, no-cache");
        this.setHeader("vary", "Cookie, Accept-Language");
      }
      return reason === undefined
        ? original.call(this, status)
        : (original as (status: number, reason: string) => ServerResponse).call(this, status, reason);
    }
    return (original as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
}
