// One load measurement with autocannon (in-process API), on loopback.
import autocannon from "autocannon";

export type LoadResult = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  completed: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

export function measureLoad(url: string, connections: number, durationSeconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: durationSeconds, pipelining: 1, timeout: 30 }, (error, result) => {
      if (error) {
        reject(error);
        return;
      }
      const statusCodes = Object.fromEntries(
        Object.entries(result.statusCodeStats).map(([code, stats]) => [code, stats.count]),
      );
      resolve({
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        completed: result.latency.totalCount,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        statusCodes,
      });
    });
  });
}

/** Sends `count` requests over `connections` connections and ignores the figures (JIT, caches). */
export function warmUp(url: string, count: number, connections: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // autocannon needs at least one request per connection.
    autocannon(
      { url, connections, amount: Math.max(count, connections), pipelining: 1, timeout: 30 },
      (error, result) => {
        if (error) reject(error);
        else
          resolve({
            requestsPerSecond: result.requests.average,
            p50Ms: result.latency.p50,
            p99Ms: result.latency.p99,
            completed: result.latency.totalCount,
            non2xx: result.non2xx,
            errors: result.errors,
            timeouts: result.timeouts,
            statusCodes: {},
          });
      },
    );
  });
}

/** Problems a result shows: any non-2xx answer, socket error or timeout. */
export function loadProblems(label: string, result: LoadResult): string[] {
  const problems: string[] = [];
  if (result.non2xx > 0)
    problems.push(`${label}: ${result.non2xx} non-2xx answers (${JSON.stringify(result.statusCodes)})`);
  if (result.errors > 0) problems.push(`${label}: ${result.errors} request errors`);
  if (result.timeouts > 0) problems.push(`${label}: ${result.timeouts} timeouts`);
  if (result.completed === 0) problems.push(`${label}: no request completed`);
  return problems;
}
