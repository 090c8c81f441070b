// `npm run dev`: prepares the database like `npm start`, then the Next.js development server
// with hot reload (telemetry off, the same generated session secret).
import { spawn } from "node:child_process";
import { ensureAuthSecret } from "./lib/auth-secret";
import { dataDirectoryFor, prepareDatabase } from "./lib/prepare-database";

const env = await prepareDatabase();
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", String(env.PORT)], {
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: ensureAuthSecret(env.NEXTAUTH_SECRET, dataDirectoryFor(env)),
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
