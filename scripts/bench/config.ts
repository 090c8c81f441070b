// Benchmark settings, read once from the environment.
//   BENCH_DURATION     seconds per measured URL (default 10; 2 in quick mode)
//   BENCH_QUICK=1      smoke run: short durations, still the full 5,000-commitment database
//   BENCH_CONNECTIONS  concurrent connections (default 10, the figure)
//   BENCH_PORT         first of three loopback ports to use (default 3300; the plain server takes +1,
//                      a second app +2); nginx listens on BENCH_NGINX_PORT (default BENCH_PORT + 5000)
//   BENCH_KEEP_DB=1    keep the temporary database folder (its path is printed)

export type BenchConfig = {
  durationSeconds: number;
  warmupRequests: number;
  connections: number;
  appPort: number;
  plainPort: number;
  secondAppPort: number;
  nginxPort: number;
  isQuick: boolean;
  keepDatabase: boolean;
  commitments: number;
  statusChanges: number;
};

function readNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return value;
}

const isTrue = (value: string | undefined) => value === "1" || value === "true" || value === "yes";

export function readConfig(): BenchConfig {
  const isQuick = isTrue(process.env.BENCH_QUICK);
  const appPort = Math.trunc(readNumber("BENCH_PORT", 3300, 1024, 60_000));
  return {
    durationSeconds: readNumber("BENCH_DURATION", isQuick ? 2 : 10, 1, 600),
    warmupRequests: isQuick ? 20 : 100,
    connections: Math.trunc(readNumber("BENCH_CONNECTIONS", 10, 1, 1000)),
    appPort,
    plainPort: appPort + 1,
    secondAppPort: appPort + 2,
    nginxPort: Math.trunc(readNumber("BENCH_NGINX_PORT", appPort + 5000, 1024, 65_535)),
    isQuick,
    keepDatabase: isTrue(process.env.BENCH_KEEP_DB),
    commitments: 5_000,
    statusChanges: 25_000,
  };
}
