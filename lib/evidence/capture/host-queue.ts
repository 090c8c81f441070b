/**
 * Runs tasks politely: one at a time per host, with a pause between two requests to the same
 * host, and a few hosts at once. The capture worker and the watcher share one queue, so a host
 * never gets two of Uade's requests at the same time.
 */
export class HostQueue {
  private readonly waiting = new Map<string, (() => Promise<void>)[]>();
  private readonly active = new Set<string>();
  private readonly idle: (() => void)[] = [];
  private readonly lastFinished = new Map<string, number>();

  constructor(
    private readonly hostDelayMs: number,
    private readonly maxHosts = 4,
  ) {}

  /** Queues a task for a host; the promise settles when the task has run. */
  add(host: string, task: () => Promise<void>): Promise<void> {
    return new Promise((resolve) => {
      const list = this.waiting.get(host) ?? [];
      list.push(() =>
        task()
          .catch((error) => console.error(`Evidence task for ${host} failed:`, error))
          .finally(resolve),
      );
      this.waiting.set(host, list);
      this.pump();
    });
  }

  /** Settles once nothing is queued or running. */
  drained(): Promise<void> {
    if (this.active.size === 0 && this.waiting.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  get size(): number {
    let count = this.active.size;
    for (const list of this.waiting.values()) count += list.length;
    return count;
  }

  private pump(): void {
    for (const host of this.waiting.keys()) {
      if (this.active.size >= this.maxHosts) return;
      if (!this.active.has(host)) void this.runHost(host);
    }
  }

  private async runHost(host: string): Promise<void> {
    this.active.add(host);
    for (;;) {
      const next = this.waiting.get(host)?.shift();
      if (!next) break;
      const wait = (this.lastFinished.get(host) ?? -Infinity) + this.hostDelayMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await next();
      this.lastFinished.set(host, Date.now());
    }
    this.waiting.delete(host);
    this.active.delete(host);
    this.pump();
    if (this.active.size === 0 && this.waiting.size === 0) for (const resolve of this.idle.splice(0)) resolve();
  }
}

/** The host a URL's requests count against ("" for an unparsable URL, which fails on its own). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}
