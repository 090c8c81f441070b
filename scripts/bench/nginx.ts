// deploy/nginx.conf, served by a real nginx (Debian's /usr/sbin/nginx) on loopback: the same file an
// operator installs, with only its TLS lines ("# tls") and the port-80 redirect block left out, the
// app's port and the cache folder put in.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onCleanup } from "./cleanup";
import { waitUntilReady } from "./http";
import type { RunningServer } from "./next-server";
import { stopProcess } from "./process-control";

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find((candidate) => existsSync(candidate));

export const isNginxInstalled = () => NGINX !== undefined;

/** deploy/nginx.conf for loopback: plain HTTP on `listenPort`, proxying to the app on `appPort`. */
export function loopbackSiteConfig(appPort: number, listenPort: number, cacheDirectory: string): string {
  const site = readFileSync(path.join("deploy", "nginx.conf"), "utf8");
  const withoutRedirect = site.replace(/# begin: http-redirect[\s\S]*?# end: http-redirect\n/, "");
  const lines = withoutRedirect.split("\n").filter((line) => !/#\s*tls\s*$/.test(line));
  const config = lines
    .join("\n")
    .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${appPort};`)
    .replace("/var/cache/nginx/uade", cacheDirectory)
    .replace(/(\n\s*server_name [^\n]*\n)/, `\n    listen 127.0.0.1:${listenPort};$1`);
  if (!config.includes(`server 127.0.0.1:${appPort};`) || !config.includes(`listen 127.0.0.1:${listenPort};`))
    throw new Error("deploy/nginx.conf no longer has the lines the benchmark adapts");
  return config;
}

export async function startNginx(appPort: number, listenPort: number): Promise<RunningServer> {
  if (!NGINX) throw new Error("nginx is not installed");
  const directory = mkdtempSync(path.join(tmpdir(), "uade-bench-nginx-"));
  const dropFiles = onCleanup("remove nginx's files", () => rmSync(directory, { recursive: true, force: true }));
  const cache = path.join(directory, "cache");
  mkdirSync(cache);
  writeFileSync(path.join(directory, "uade.conf"), loopbackSiteConfig(appPort, listenPort, cache));
  const temp = (name: string) => `${name}_temp_path ${path.join(directory, name)};`;
  writeFileSync(
    path.join(directory, "nginx.conf"),
    [
      "user root;",
      "worker_processes auto;",
      `pid ${path.join(directory, "nginx.pid")};`,
      `error_log ${path.join(directory, "error.log")} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  access_log off;",
      `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
      `  include ${path.join(directory, "uade.conf")};`,
      "}",
    ].join("\n"),
  );
  const child = spawn(NGINX, ["-p", directory, "-c", path.join(directory, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start nginx");
  const stop = () => stopProcess(child);
  const dropServer = onCleanup("stop nginx", stop);
  try {
    await waitUntilReady(`http://127.0.0.1:${listenPort}/robots.txt`, 20_000, () => child.exitCode === null);
  } catch (error) {
    await stop();
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n${errors}${existsSync(path.join(directory, "error.log")) ? readFileSync(path.join(directory, "error.log"), "utf8") : ""}`,
    );
  }
  return {
    baseUrl: `http://127.0.0.1:${listenPort}`,
    pid,
    stop: async () => {
      await stop();
      dropServer();
      rmSync(directory, { recursive: true, force: true });
      dropFiles();
    },
  };
}
