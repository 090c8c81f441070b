import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type TestRoute = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export type TestServer = {
  origin: string;
  routes: Map<string, TestRoute>;
  /** Paths requested so far, in order (to prove what was or was not fetched). */
  requests: string[];
  close: () => Promise<void>;
};

/**
 * A local HTTP server for capture tests, bound to 127.0.0.1 on the given port (each worktree has
 * its own range). Routes can be added, changed or removed while it runs; unknown paths are 404.
 */
export async function startTestServer(port: number): Promise<TestServer> {
  const routes = new Map<string, TestRoute>();
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push(path);
    const route = routes.get(path);
    if (route) return route(request, response);
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    routes,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A route answering with a fixed body and headers. */
export function fixed(
  body: string | Buffer,
  headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" },
  status = 200,
): TestRoute {
  return (_request, response) => {
    response.writeHead(status, headers).end(body);
  };
}
