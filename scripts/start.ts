// `npm start`: everything a newcomer needs in one command. Validates the configuration, prepares
// the embedded database (migrations, dataset on first run), builds the app when the build is
// missing or stale, and serves it (scripts/server.ts).
import { spawn, spawnSync } from "node:child_process";
import { ensureAuthSecret } from "./lib/auth-secret";
import { isBuildCurrent } from "./lib/build-state";
import { dataDirectoryFor, prepareDatabase } from "./lib/prepare-database";

async function main(): Promise<void> {
  const env = await prepareDatabase();
  const secret = ensureAuthSecret(env.NEXTAUTH_SECRET, dataDirectoryFor(env));
  const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };

  if (!isBuildCurrent()) {
    console.log("Building the app (first start or changed sources; this takes a minute)…");
    const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      stdio: "inherit",
      env: serverEnv,
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  // scripts/server.ts: node:http with the response cache in front of Next's request handler.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: serverEnv,
  });
  let isAnnounced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!isAnnounced && chunk.toString().includes("Ready")) {
      isAnnounced = true;
      console.log(`
Uade is running at ${url}

To create the first admin account, in another terminal run:
  npm run user -- add --email you@example.org --name "Your Name" --role admin
(a strong password is generated and shown once). Stop the server with Ctrl+C.
`);
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
