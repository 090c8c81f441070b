import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";

// The front server (scripts/server.ts) answers cached public pages itself and passes everything
// else to the render process (scripts/render-server.ts) over a private Unix socket. Rendering a
// large page takes the CPU for hundreds of milliseconds; in its own process it no longer holds up
// the front's event loop, so cached pages keep answering while pages render.

/** Connection-level headers: they describe one hop, never the request or the response. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "expect",
]);

export type UpstreamOptions = {
  socketPath: string;
  /** Answers a request the render process could not take (down or restarting). */
  unavailable: (response: ServerResponse) => void;
  onError?: (error: unknown) => void;
};

export type UpstreamHandler = ((request: IncomingMessage, response: ServerResponse) => Promise<void>) & {
  close: () => void;
};

function forwardedHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  // A body of unknown length is sent on chunked (Node chooses that when no length is given).
  return kept;
}

/** Whether a request may be sent again after its connection broke before any answer. */
function isRetryable(request: IncomingMessage): boolean {
  return request.method === "GET" || request.method === "HEAD";
}

/**
 * A request handler that relays each request to the server on `socketPath` and streams its answer
 * back, body and all, with backpressure both ways. Nothing is buffered: uploads and exports flow
 * through. A reader who goes away cancels the upstream request.
 */
export function createUpstreamHandler(options: UpstreamOptions): UpstreamHandler {
  const { socketPath, unavailable } = options;
  const onError = options.onError ?? ((error: unknown) => console.error("render process:", error));
  // Idle connections are dropped after 30 s, before the render server's own keep-alive ends (60 s),
  // so a request never goes out on a connection the other side is closing.
  const agent = new http.Agent({ keepAlive: true, timeout: 30_000, maxSockets: Infinity });

  const relay = (request: IncomingMessage, response: ServerResponse, attempt: number) =>
    new Promise<void>((resolve) => {
      let isAnswered = false;
      const upstream = http.request({
        socketPath,
        agent,
        method: request.method,
        path: request.url,
        headers: forwardedHeaders(request.headers),
      });
      const onReaderGone = () => {
        if (!response.writableFinished) upstream.destroy();
      };
      response.once("close", onReaderGone);

      upstream.once("response", (answer) => {
        isAnswered = true;
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) response.setHeader(name, value);
        }
        response.writeHead(answer.statusCode ?? 502, answer.statusMessage);
        answer.pipe(response);
        answer.once("error", () => response.destroy());
        answer.once("aborted", () => response.destroy());
        answer.once("end", () => resolve());
        response.once("close", () => resolve());
      });

      upstream.once("error", (error: NodeJS.ErrnoException) => {
        response.off("close", onReaderGone);
        if (isAnswered) return; // The answer's own stream reports it (the reader's response is destroyed).
        if (response.destroyed) return resolve();
        // A kept-alive connection the render process closed just as it was reused: send again once.
        if (upstream.reusedSocket && attempt === 0 && isRetryable(request) && error.code === "ECONNRESET") {
          resolve(relay(request, response, 1));
          return;
        }
        const isDown = error.code === "ECONNREFUSED" || error.code === "ENOENT";
        if (!isDown) onError(error);
        if (response.headersSent) response.destroy();
        else unavailable(response);
        resolve();
      });

      // A GET's (empty) body, or a body a cache fill already consumed, is simply ended.
      if (request.readableEnded || request.method === "GET" || request.method === "HEAD") upstream.end();
      else request.pipe(upstream);
    });

  const handler = (request: IncomingMessage, response: ServerResponse) => relay(request, response, 0);
  return Object.assign(handler, { close: () => agent.destroy() });
}
