/**
 * How many follow requests one network address may make in an hour. Every request can send a
 * confirmation mail to an address someone typed in; the per-address limits in mutations.ts stop a
 * flood to one mailbox, this one stops one sender mailing thousands of strangers from the NGO's
 * server (which would ruin its mail reputation). Kept in memory by the one server process: a
 * restart forgets it, which costs an attacker nothing they could not get by waiting an hour.
 */
export const FOLLOW_REQUESTS_PER_ADDRESS_PER_HOUR = 20;
/** For everyone together: a flood from many addresses cannot send more confirmations than this. */
export const FOLLOW_REQUESTS_PER_HOUR = 500;
const WINDOW_MS = 3_600_000;
/** Addresses remembered at once; the oldest are forgotten first (bounds memory under a spoofed flood). */
const MAX_ADDRESSES = 10_000;

/** A sliding-window counter per key, with a total across keys. */
export class FollowLimiter {
  private readonly recent = new Map<string, number[]>();
  private total: number[] = [];

  constructor(
    private readonly perAddress = FOLLOW_REQUESTS_PER_ADDRESS_PER_HOUR,
    private readonly overall = FOLLOW_REQUESTS_PER_HOUR,
  ) {}

  /** Counts one request from `address` at `now` and says whether it may go ahead; a refused request is not counted. */
  take(address: string | null, now: number): boolean {
    const since = now - WINDOW_MS;
    this.total = this.total.filter((at) => at > since);
    // Unknown addresses (no trusted header) share one bucket: the overall limit still holds.
    const key = address ?? "unknown";
    const times = (this.recent.get(key) ?? []).filter((at) => at > since);
    if (times.length >= this.perAddress || this.total.length >= this.overall) {
      this.recent.set(key, times);
      return false;
    }
    times.push(now);
    this.total.push(now);
    // Re-inserting keeps the Map in order of last use, so the oldest key is the first one.
    this.recent.delete(key);
    this.recent.set(key, times);
    if (this.recent.size > MAX_ADDRESSES) this.recent.delete(this.recent.keys().next().value!);
    return true;
  }
}

const HOLDER = Symbol.for("uade.follow-limiter");

/** The server's one limiter (kept on globalThis so Next's module reloads share it). */
export function followLimiter(): FollowLimiter {
  const holder = globalThis as { [HOLDER]?: FollowLimiter };
  holder[HOLDER] ??= new FollowLimiter();
  return holder[HOLDER];
}
