// `npm run build`: a production build, stamped with the hash of its sources so `npm start`
// knows whether it may reuse it.
import { spawnSync } from "node:child_process";
import { stampBuild } from "./lib/build-state";

const NEXT_BIN = "node_modules/next/dist/bin/next";
const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) process.exit(result.status ?? 1);
stampBuild();
