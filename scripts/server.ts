// The production server `npm start` runs: plain node:http in front of Next's request handler, so
// anonymous public reads are answered from the response cache (lib/public-cache) before Next's
// own pipeline runs. Usage (after a build): node --import tsx scripts/server.ts
import http from "node:http";
import next from "next";
import { parseEnv } from "@/lib/env";
import { createServerHandler, type PreHandler } from "@/lib/public-cache/handler";
import { createVersionReader } from "@/lib/public-cache/version";

/**
 * Checks that run on every raw request before anything else; each may answer it (return true),
 * e.g. refuse malformed percent-encoding with a 400. Add new ones here.
 */
const PRE_HANDLERS: readonly PreHandler[] = [];

async function main(): Promise<void> {
  const env = parseEnv();
  // Next builds the origin of its own rewrites as localhost:PORT (see proxy.ts), as `next start` does.
  const origin = `localhost:${env.PORT}`;
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${origin}`;
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port: env.PORT });
  await app.prepare();
  const versionReader = createVersionReader(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  const handler = createServerHandler({
    handle: app.getRequestHandler(),
    versionReader,
    preHandlers: PRE_HANDLERS,
    settings: {
      isEnabled: env.PUBLIC_CACHE,
      maxBytes: env.PUBLIC_CACHE_MAX_MB * 1024 * 1024,
      cacheControl: env.PUBLIC_CACHE_CONTROL,
      canonicalHost: origin,
    },
  });
  const server = http.createServer((request, response) => void handler(request, response));
  // Longer than a proxy's upstream keep-alive (nginx: 60 s), so it never reuses a closed connection.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(env.PORT, env.HOST || undefined, () => {
    const cache = env.PUBLIC_CACHE ? `response cache on (${env.PUBLIC_CACHE_MAX_MB} MB)` : "response cache off";
    console.log(`✓ Ready on port ${env.PORT}${env.HOST ? ` (${env.HOST})` : ""}, ${cache}`);
  });
  const stop = () => {
    server.close(() => {
      versionReader.close();
      process.exit(0);
    });
    // Idle keep-alive connections would hold close() open.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  // `kill -USR2 <pid>` prints the cache's entries and bytes (the benchmark reads it too).
  process.on("SIGUSR2", () => console.log(`cache stats ${JSON.stringify(handler.stats())}`));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
