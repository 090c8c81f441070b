// A least-recently-used map bounded by bytes, in two segments (segmented LRU): a new entry starts
// on probation and moves to the protected segment on its second use. A flood of one-off addresses
// (random search terms, a crawler) therefore only churns the probation segment, while the pages
// people actually read stay. Maps keep insertion order, so re-inserting a key marks it most recent.

export type Sized = { bytes: number };

export type LruStats = { entries: number; bytes: number; maxBytes: number; evictions: number };

export class ByteLru<V extends Sized> {
  private readonly probation = new Map<string, V>();
  private readonly protectedEntries = new Map<string, V>();
  private probationBytes = 0;
  private protectedBytes = 0;
  private evictions = 0;
  private readonly protectedMaxBytes: number;

  /** `maxBytes` bounds the sum of every entry's `bytes`; the protected segment holds at most `protectedShare` of it. */
  constructor(
    readonly maxBytes: number,
    protectedShare = 0.8,
  ) {
    this.protectedMaxBytes = Math.floor(maxBytes * protectedShare);
  }

  get(key: string): V | undefined {
    const fresh = this.protectedEntries.get(key);
    if (fresh) {
      this.protectedEntries.delete(key);
      this.protectedEntries.set(key, fresh);
      return fresh;
    }
    const trial = this.probation.get(key);
    if (!trial) return undefined;
    this.probation.delete(key);
    this.probationBytes -= trial.bytes;
    this.protectedEntries.set(key, trial);
    this.protectedBytes += trial.bytes;
    // Demoted entries get another chance on probation before they leave.
    while (this.protectedBytes > this.protectedMaxBytes) {
      const oldest = firstOf(this.protectedEntries);
      if (!oldest) break;
      this.protectedEntries.delete(oldest[0]);
      this.protectedBytes -= oldest[1].bytes;
      this.probation.set(oldest[0], oldest[1]);
      this.probationBytes += oldest[1].bytes;
    }
    this.evictToBound();
    return trial;
  }

  /** Stores `value`; an entry larger than the whole bound is refused (returns false). */
  set(key: string, value: V): boolean {
    if (value.bytes > this.maxBytes) return false;
    this.delete(key);
    this.probation.set(key, value);
    this.probationBytes += value.bytes;
    this.evictToBound();
    return true;
  }

  delete(key: string): void {
    const trial = this.probation.get(key);
    if (trial) {
      this.probation.delete(key);
      this.probationBytes -= trial.bytes;
    }
    const fresh = this.protectedEntries.get(key);
    if (fresh) {
      this.protectedEntries.delete(key);
      this.protectedBytes -= fresh.bytes;
    }
  }

  clear(): void {
    this.probation.clear();
    this.protectedEntries.clear();
    this.probationBytes = 0;
    this.protectedBytes = 0;
  }

  get bytes(): number {
    return this.probationBytes + this.protectedBytes;
  }

  get size(): number {
    return this.probation.size + this.protectedEntries.size;
  }

  stats(): LruStats {
    return { entries: this.size, bytes: this.bytes, maxBytes: this.maxBytes, evictions: this.evictions };
  }

  private evictToBound(): void {
    while (this.bytes > this.maxBytes) {
      const victim = firstOf(this.probation) ?? firstOf(this.protectedEntries);
      if (!victim) return;
      this.delete(victim[0]);
      this.evictions += 1;
    }
  }
}

function firstOf<V>(map: Map<string, V>): [string, V] | undefined {
  const next = map.entries().next();
  return next.done ? undefined : next.value;
}
