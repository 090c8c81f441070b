// The physical limit: a plain node:http server answering each path with bytes held in memory.
// Run as its own process (like `next start`) so it never shares an event loop with the load
// generator. Usage: node --import tsx plain-server-process.ts <port> <manifest.json>
import { readFileSync } from "node:fs";
import http from "node:http";

type Entry = { path: string; contentType: string; file: string };

const port = Number(process.argv[2]);
const manifestPath = process.argv[3];
if (!Number.isInteger(port) || !manifestPath) throw new Error("usage: plain-server-process.ts <port> <manifest.json>");

const entries = JSON.parse(readFileSync(manifestPath, "utf8")) as Entry[];
const pages = new Map(
  entries.map((entry) => [entry.path, { contentType: entry.contentType, body: readFileSync(entry.file) }]),
);

const server = http.createServer((request, response) => {
  const page = pages.get(request.url ?? "");
  if (!page) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  response.writeHead(200, { "content-type": page.contentType, "content-length": page.body.length }).end(page.body);
});
server.keepAliveTimeout = 10_000;
server.listen(port, "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
