// The production server `npm start` runs, in two processes:
// - this front process: plain node:http; anonymous public reads are answered from the response
//   cache (lib/public-cache) without leaving it;
// - the render process (scripts/render-server.ts, started and restarted from here): Next's request
//   handler, reached over a private Unix socket (lib/http/upstream.ts).
// Rendering a large page holds a CPU for hundreds of milliseconds; kept out of this process, it no
// longer delays the cached pages every other reader is waiting for.
// Usage (after a build): node --import tsx scripts/server.ts
import http, { type ServerResponse } from "node:http";
import { parseEnv } from "@/lib/env";
import { createServerHandler, type PreHandler } from "@/lib/public-cache/handler";
import { createVersionReader } from "@/lib/public-cache/version";
import { createUpstreamHandler } from "@/lib/http/upstream";
import { removeStaleRenderDirectories, startRenderProcess } from "./lib/render-process";

/**
 * Checks that run on every raw request before anything else; each may answer it (return true),
 * e.g. refuse malformed percent-encoding with a 400. Add new ones here.
 */
const PRE_HANDLERS: readonly PreHandler[] = [];

/** What a reader gets in the second or two while a failed render process is started again. */
function answerUnavailable(response: ServerResponse): void {
  response.writeHead(503, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": "5",
  });
  response.end(
    "Uade is restarting. Try again in a few seconds.\n" +
      "Uade перезапускается. Повторите через несколько секунд.\n" +
      "Uade қайта іске қосылуда. Бірнеше секундтан кейін қайталаңыз.\n",
  );
}

async function main(): Promise<void> {
  const env = parseEnv();
  const render = startRenderProcess((message) => {
    console.error(message);
    void render.stop().then(() => process.exit(1));
  });
  try {
    await render.ready;
  } catch (error) {
    await render.stop();
    throw error;
  }
  const upstream = createUpstreamHandler({ socketPath: render.socketPath, unavailable: answerUnavailable });
  const versionReader = createVersionReader(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  const handler = createServerHandler({
    handle: upstream,
    versionReader,
    preHandlers: PRE_HANDLERS,
    settings: {
      isEnabled: env.PUBLIC_CACHE,
      maxBytes: env.PUBLIC_CACHE_MAX_MB * 1024 * 1024,
      cacheControl: env.PUBLIC_CACHE_CONTROL,
      // Next builds the origin of its own rewrites as localhost:PORT (scripts/render-server.ts).
      canonicalHost: `localhost:${env.PORT}`,
    },
  });
  const server = http.createServer((request, response) => void handler(request, response));
  // Longer than a proxy's upstream keep-alive (nginx: 60 s), so it never reuses a closed connection.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(env.PORT, env.HOST || undefined, () => {
    const cache = env.PUBLIC_CACHE ? `response cache on (${env.PUBLIC_CACHE_MAX_MB} MB)` : "response cache off";
    console.log(`✓ Ready on port ${env.PORT}${env.HOST ? ` (${env.HOST})` : ""}, ${cache}`);
    // Best effort, after start-up: what a server killed outright left in the temporary directory.
    removeStaleRenderDirectories().catch(() => {});
  });
  let isStopping = false;
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    // Idle keep-alive connections would hold close() open.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // The render process finishes what it started (its server closes gracefully), then this one.
    void Promise.all([closed, render.stop()]).then(() => {
      upstream.close();
      versionReader.close();
      process.exit(0);
    });
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
