// The render process: Next's request handler (pages, server actions, API routes, exports) and the
// background schedules (instrumentation.ts), listening on the private Unix socket the front server
// (scripts/server.ts) gives it in UADE_RENDER_SOCKET. Started only by the front server, over IPC.
import { rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { parseEnv } from "@/lib/env";

async function main(): Promise<void> {
  const socketPath = process.env.UADE_RENDER_SOCKET;
  if (!socketPath || !process.send) throw new Error("scripts/render-server.ts is started by scripts/server.ts.");
  const env = parseEnv();
  // Next builds the origin of its own rewrites as localhost:PORT (see proxy.ts), as `next start` does.
  process.env.__NEXT_PRIVATE_ORIGIN = `http://localhost:${env.PORT}`;
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => void handle(request, response));
  // Longer than the front's idle connections live (30 s, lib/http/upstream.ts).
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  server.listen(socketPath, () => process.send?.({ type: "ready" }));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  // Ctrl+C reaches the whole process group; the front server decides when this process stops.
  process.on("SIGINT", () => {});
  // The front server is gone (even killed outright): nothing can reach this process any more, and
  // the front will not remove the socket's private directory, so this process does.
  process.on("disconnect", () => {
    rmSync(path.dirname(socketPath), { recursive: true, force: true });
    stop();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
